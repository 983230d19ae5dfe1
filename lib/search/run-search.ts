import type { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { kindIdRange, SEARCH_KINDS, type SearchKind } from '@/lib/search/kinds';
import type { ParsedQuery } from '@/lib/search/parse-query';

/**
 * Runs a parsed query against the search index (migration 20261129020000_search_index): per
 * kind, the first hits in document order and a count capped at COUNT_CAP. Every group is a
 * rowid range of an FTS5 index, so each look-up reads only the matching part of the index.
 * Takes the client as an argument so the benchmark can run it outside Next (lib/data/search.ts
 * is the pages' entry point).
 */

export const COUNT_CAP = 1_000;

const extraSchema = z
  .object({
    nameEn: z.string().nullish(),
    kind: z.string().nullish(),
    sourceId: z.string().nullish(),
    anchor: z.string().nullish(),
    position: z.number().nullish(),
  })
  .catch({});

export type SearchHit = {
  kind: SearchKind;
  ref: string;
  title: string;
  body: string;
  extra: z.infer<typeof extraSchema>;
};
export type SearchGroup = { kind: SearchKind; total: number; atLeast: boolean; hits: SearchHit[] };
export type SearchPage = { kind: SearchKind; offset: number; limit: number };

type Client = Pick<PrismaClient, '$queryRawUnsafe'>;
type Sql = { sql: string; params: unknown[] };
type Row = { kind: SearchKind; ref: string; title: string; body: string; extra: string | null };

/**
 * Document ids of one kind matching the query, from the one index the query uses. The id bounds
 * are written into the SQL as integer literals (our own constants): bound as parameters they
 * arrive as REAL, and FTS5 then walks the whole doclist instead of seeking.
 */
function matchingIds(query: ParsedQuery, kind: SearchKind): Sql {
  const { lo, hi } = kindIdRange(kind);
  const [table, match] = query.trigram ? ['search_trigram', query.trigram] : ['search_bigram', query.bigram];
  return { sql: `SELECT "rowid" AS "id" FROM "${table}" WHERE "${table}" MATCH ? AND "rowid" > ${lo} AND "rowid" < ${hi}`, params: [match] };
}

function hitsOf(query: ParsedQuery, { kind, offset, limit }: SearchPage): Sql {
  const ids = matchingIds(query, kind);
  const page = `LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
  return {
    sql: `SELECT * FROM (SELECT d."kind", d."ref", d."title", d."body", d."extra" FROM (${ids.sql} ORDER BY "rowid" ${page}) m JOIN "search_doc" d ON d."id" = m."id" ORDER BY d."id")`,
    params: ids.params,
  };
}

function countOf(query: ParsedQuery, kind: SearchKind): Sql {
  const ids = matchingIds(query, kind);
  return { sql: `(SELECT count(*) FROM (${ids.sql} LIMIT ${COUNT_CAP + 1}))`, params: ids.params };
}

/** Hits of the given pages and the capped count of every kind; no groups for an empty query. */
export async function runSearch(prisma: Client, query: ParsedQuery, pages: SearchPage[], kinds: readonly SearchKind[] = SEARCH_KINDS): Promise<SearchGroup[]> {
  if (!query.trigram && !query.bigram) return [];
  const counts = kinds.map((kind) => countOf(query, kind));
  const [countRow] = await prisma.$queryRawUnsafe<Record<string, bigint | number>[]>(
    `SELECT ${counts.map((c, i) => `${c.sql} AS "c${i}"`).join(', ')}`,
    ...counts.flatMap((c) => c.params),
  );
  const wanted = pages.filter((page) => kinds.includes(page.kind) && Number(countRow[`c${kinds.indexOf(page.kind)}`]) > page.offset);
  const hits = wanted.map((page) => hitsOf(query, page));
  const rows = hits.length
    ? await prisma.$queryRawUnsafe<Row[]>(hits.map((h) => h.sql).join(' UNION ALL '), ...hits.flatMap((h) => h.params))
    : [];
  return kinds.map((kind, i) => {
    const total = Math.min(Number(countRow[`c${i}`]), COUNT_CAP);
    return {
      kind,
      total,
      atLeast: Number(countRow[`c${i}`]) > COUNT_CAP,
      hits: rows.filter((row) => row.kind === kind).map((row) => ({ ...row, extra: parseExtra(row.extra) })),
    };
  });
}

function parseExtra(extra: string | null): SearchHit['extra'] {
  if (!extra) return {};
  try {
    return extraSchema.parse(JSON.parse(extra));
  } catch {
    return {};
  }
}
