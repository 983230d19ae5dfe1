import type { PrismaClient } from '@prisma/client';
import { pinyin } from 'pinyin-pro';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * Pinyin of names for search (`hongmu`, `beichen`). SQL triggers cannot compute it, so they set
 * search_doc.pinyin to NULL whenever the text it comes from changes, and withAudit() — the one
 * way to write indexed tables — calls refreshSearchPinyin after each transaction.
 */

/** Each word's syllables joined without tones or spaces; words kept apart by one space. */
export function searchPinyin(text: string): string {
  return text
    .split(/\s+/)
    .map((word) =>
      pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replaceAll('ü', 'v')
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter(Boolean)
    .join(' ');
}

type Client = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe' | '$transaction'>;
const BATCH = 2_000;

/** Fills the pinyin of every document whose names changed since; returns how many. */
export async function refreshSearchPinyin(prisma: Client): Promise<number> {
  let done = 0;
  for (;;) {
    const stale = await prisma.$queryRawUnsafe<{ id: bigint | number; source: string }[]>(
      `SELECT "id", "pinyin_source" AS "source" FROM "search_doc" WHERE "pinyin" IS NULL LIMIT ${BATCH}`,
    );
    if (stale.length === 0) return done;
    const rows = stale.map(({ id, source }) => [String(id), searchPinyin(source ?? '')]);
    // One statement per batch: a VALUES list joined on id (ids are integers we just read).
    const values = rows.map(([id], i) => `(${id}, ${onPostgres() ? `$${i + 1}` : '?'})`).join(',');
    await prisma.$executeRawUnsafe(
      `UPDATE "search_doc" SET "pinyin" = v."column2" FROM (VALUES ${values}) AS v WHERE "search_doc"."id" = v."column1"`,
      ...rows.map(([, value]) => value),
    );
    done += stale.length;
  }
}
