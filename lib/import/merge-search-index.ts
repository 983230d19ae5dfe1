import { setTimeout as sleep } from 'node:timers/promises';
import type { PrismaClient } from '@prisma/client';
import { YIELD_MS } from '@/lib/import/lock-budget';
import { optimizeSearchIndex } from '@/lib/search/rebuild';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * Merges the search index's segments after an import, in steps that each hold the write lock
 * briefly. FTS5's 'optimize' does it in one statement: about 250 ms on 13,000 projects on an
 * idle machine, growing with the index. A negative 'merge' does a bounded part of the same work
 * (here about 40 pages, tens of milliseconds); it is repeated until the index's structure record
 * stops changing, i.e. until a step found nothing left to merge. PostgreSQL's GIN indexes have no
 * segments (their pending entries are merged by autovacuum): the import refreshes the statistics
 * instead, which neither blocks writes nor holds a lock that writers wait for.
 */
const PAGES_PER_STEP = 40;
const MOST_STEPS = 500;

export async function mergeSearchIndex(
  prisma: Pick<PrismaClient, '$executeRawUnsafe' | '$queryRawUnsafe'>,
): Promise<void> {
  if (onPostgres()) return optimizeSearchIndex(prisma);
  for (const index of ['search_trigram', 'search_bigram']) {
    // Row 10 of an FTS5 index's data table is its structure record (segments and levels).
    const structure = async () =>
      (await prisma.$queryRawUnsafe<{ block: Uint8Array }[]>(`SELECT "block" FROM "${index}_data" WHERE "id" = 10`))[0]
        ?.block;
    for (let step = 0; step < MOST_STEPS; step += 1) {
      const before = await structure();
      await prisma.$executeRawUnsafe(
        `INSERT INTO "${index}" ("${index}", "rank") VALUES ('merge', -${PAGES_PER_STEP})`,
      );
      if (Buffer.compare(Buffer.from(before ?? []), Buffer.from((await structure()) ?? [])) === 0) break;
      await sleep(YIELD_MS);
    }
  }
}
