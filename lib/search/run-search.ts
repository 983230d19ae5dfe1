import { Prisma, type PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { kindIdRange, SEARCH_KINDS, type SearchKind } from '@/lib/search/kinds';
import { countKinds } from '@/lib/search/kind-counts';
import { cappedCount, matchedId, matchingDocs, matchingDocsIn, sqlInteger, walkedDocsIn } from '@/lib/search/match-sql';
import type { ParsedQuery } from '@/lib/search/parse-query';
import { indexedBy, onPostgres } from '@/lib/sql/dialect';

/**
 * Runs a parsed query against the search index (migration 20261129020000_search_index): per
 * kind, a count capped at COUNT_CAP and a page of hits ranked by relevance — first the documents
 * whose name (title) is the query, then those whose name starts with it, in name order, then
 * every other match in document order. Each part is a bounded index look-up: a range of
 * search_doc_title_rank read no further than the page's end, then the index's id range of the
 * kind in order (FTS5 reads it so; PostgreSQL sorts its bitmap of matches), skipping the names
 * already listed. On SQLite nothing sorts all the matches.
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

type Client = Pick<PrismaClient, '$queryRaw'>;
type Row = { kind: SearchKind; ref: string; title: string; body: string; extra: string | null };

// The highest code point: every title that starts with the query sorts below query + this.
const PAST_PREFIX = '\u{10FFFF}';

/** Condition: the document (alias d, or the one given), its name in lower case, is the query or starts with it. */
function named(query: ParsedQuery, alias = 'd'): Prisma.Sql {
  const title = Prisma.raw(`lower(${alias}."title")`);
  return Prisma.sql`${title} >= ${query.text} AND ${title} < ${query.text + PAST_PREFIX}`;
}

/**
 * Documents of a kind named like the query: one range of search_doc_title_rank, in (name, id)
 * order, so the exact name comes first. Each of them matches the query too: its name holds
 * every term, in the order the index reads them.
 */
function namedDocs(query: ParsedQuery, kind: SearchKind): Prisma.Sql {
  return Prisma.sql`FROM "search_doc" d ${indexedBy('search_doc_title_rank')} WHERE d."kind" = ${kind} AND ${named(query)}`;
}

const hitColumns = (alias: string) =>
  Prisma.raw(['kind', 'ref', 'title', 'body', 'extra'].map((column) => `${alias}."${column}"`).join(', '));

/**
 * The kind's matches that are not named like the query, with their columns, in id order: rows
 * `skip` to `skip + take`. On PostgreSQL the index is search_doc itself, so each match is read
 * once (joined back to itself it was read twice: at 1,000,000 projects, 13 of a statement's
 * 40 ms); on SQLite the index is an FTS5 table, joined to search_doc by id.
 */
function unnamedPage(query: ParsedQuery, kind: SearchKind, skip: number, take: number, common: boolean): Prisma.Sql {
  const page = (rows: Prisma.Sql) =>
    Prisma.sql`SELECT * FROM (${rows} LIMIT ${sqlInteger(take)} OFFSET ${sqlInteger(skip)}) AS "matched"`;
  if (!onPostgres())
    return page(Prisma.sql`SELECT ${hitColumns('d')}, 1 AS "tier", '' AS "k", d."id" AS "n"
      FROM (SELECT ${matchedId()} AS "id" ${matchingDocs(query, kind)}) AS hit JOIN "search_doc" d ON d."id" = hit."id"
      WHERE NOT (${named(query)}) ORDER BY hit."id"`);
  const unnamed = (docs: Prisma.Sql) =>
    Prisma.sql`SELECT ${hitColumns('m')}, 1 AS "tier", '' AS "k", m."id" AS "n" ${docs} AND NOT (${named(query, 'm')}) ORDER BY m."id"`;
  if (!common) return page(unnamed(matchingDocs(query, kind)));
  return page(walkedMatches(query, kind, skip + take, unnamed));
}

/**
 * PostgreSQL, for a kind with more than COUNT_CAP matches: a common term, whose first matches lie
 * near the start of the kind's ids. Through the index, every match would be fetched and checked
 * to find the first in id order: at 1,000,000 projects, 17 ms for a term in 5,000 documents.
 * Instead the kind's first WALK ids are read in order and checked one by one (about 1 µs each),
 * and only when they hold fewer than `reach` matches is the rest read through the index, from
 * where the walk ended (a one-time filter: otherwise not read at all).
 */
const WALK = 2_500;

function walkedMatches(
  query: ParsedQuery,
  kind: SearchKind,
  reach: number,
  unnamed: (docs: Prisma.Sql) => Prisma.Sql,
): Prisma.Sql {
  const { lo, hi } = kindIdRange(kind);
  const fence = Math.min(lo + WALK + 1, hi);
  const upTo = sqlInteger(reach);
  const walked = unnamed(walkedDocsIn(query, { lo, hi: fence }));
  const rest = unnamed(
    Prisma.sql`${matchingDocsIn(query, { lo: fence - 1, hi })} AND (SELECT count(*) FROM "walked") < ${upTo}`,
  );
  return Prisma.sql`SELECT * FROM (WITH "walked" AS MATERIALIZED (${walked} LIMIT ${upTo})
    SELECT * FROM "walked" UNION ALL (${rest} LIMIT ${upTo})) AS "walk" ORDER BY "n"`;
}

/** One page of a kind: the part of it that falls among the named documents, then the rest. */
function hitsOf(query: ParsedQuery, { kind, offset, limit }: SearchPage, namedCount: number, found: number) {
  const fromNamed = Math.max(0, Math.min(limit, namedCount - offset));
  const parts: Prisma.Sql[] = [];
  if (fromNamed > 0) {
    parts.push(Prisma.sql`SELECT * FROM (SELECT ${hitColumns('d')}, 0 AS "tier", lower(d."title") AS "k", d."id" AS "n" ${namedDocs(query, kind)}
      ORDER BY lower(d."title"), d."id" LIMIT ${sqlInteger(fromNamed)} OFFSET ${sqlInteger(offset)}) AS "named"`);
  }
  if (fromNamed < limit) {
    parts.push(unnamedPage(query, kind, Math.max(0, offset - namedCount), limit - fromNamed, found > COUNT_CAP));
  }
  return parts;
}

/** Hits of the given pages and the capped count of every kind; no groups for an empty query. */
export async function runSearch(
  prisma: Client,
  query: ParsedQuery,
  pages: SearchPage[],
  kinds: readonly SearchKind[] = SEARCH_KINDS,
): Promise<SearchGroup[]> {
  if (!query.trigram && !query.bigram) return [];
  const asked = pages.filter((page) => kinds.includes(page.kind));
  // Named documents are counted only as far as each page's end: enough to place the page.
  const { found, row: counts } = await countKinds(
    prisma,
    query,
    kinds,
    COUNT_CAP + 1,
    asked.map(
      (page, i) =>
        Prisma.sql`${cappedCount(Prisma.sql`SELECT 1 ${namedDocs(query, page.kind)}`, page.offset + page.limit)} AS ${Prisma.raw(`"t${i}"`)}`,
    ),
  );
  const parts = asked.flatMap((page, i) =>
    found(page.kind) > page.offset ? hitsOf(query, page, Number(counts[`t${i}`]), found(page.kind)) : [],
  );
  const rows = parts.length
    ? await prisma.$queryRaw<
        Row[]
      >`SELECT "kind", "ref", "title", "body", "extra" FROM (${Prisma.join(parts, ' UNION ALL ')}) AS "hits" ORDER BY "tier", "k", "n"`
    : [];
  return kinds.map((kind) => ({
    kind,
    total: Math.min(found(kind), COUNT_CAP),
    atLeast: found(kind) > COUNT_CAP,
    hits: rows.filter((row) => row.kind === kind).map((row) => ({ ...row, extra: parseExtra(row.extra) })),
  }));
}

function parseExtra(extra: string | null): SearchHit['extra'] {
  if (!extra) return {};
  try {
    return extraSchema.parse(JSON.parse(extra));
  } catch {
    return {};
  }
}
