import { Prisma } from '@prisma/client';
import { kindIdRange, type SearchKind } from '@/lib/search/kinds';
import type { ParsedQuery } from '@/lib/search/parse-query';

/**
 * SQL pieces that find documents through the search index, shared by /search (run-search.ts)
 * and the project listing's keyword filter (lib/project-list). A query uses exactly one index:
 * trigram when every term has 3+ characters, otherwise the 2-character-piece index.
 */

/**
 * An integer of ours (an id bound, LIMIT, OFFSET) written into the SQL as a literal: bound as a
 * parameter it arrives as REAL, and FTS5 then walks the whole doclist instead of seeking.
 */
export const sqlInteger = (n: number) => Prisma.raw(String(Math.trunc(n)));

function indexOf(query: ParsedQuery): { table: Prisma.Sql; match: string } {
  const match = query.trigram ?? query.bigram;
  if (match === null) throw new Error('a search needs a query with terms');
  return { table: Prisma.raw(query.trigram ? '"search_trigram"' : '"search_bigram"'), match };
}

/**
 * `FROM <index> m WHERE … MATCH ? AND <rowid range>`: matching document ids as m."rowid", in
 * order; by default the kind's whole block, or its first `window` ids.
 */
export function matchingDocs(query: ParsedQuery, kind: SearchKind, window?: number): Prisma.Sql {
  const { table, match } = indexOf(query);
  const { lo, hi } = kindIdRange(kind);
  const upTo = window === undefined ? Prisma.sql`< ${sqlInteger(hi)}` : Prisma.sql`<= ${sqlInteger(lo + window)}`;
  return Prisma.sql`FROM ${table} m WHERE ${table} MATCH ${match} AND m."rowid" > ${sqlInteger(lo)} AND m."rowid" ${upTo}`;
}

// A project's document id is the project block's start plus Project.id (migration
// 20261130104600_search_project_ids_and_rank): matches map to projects by arithmetic alone.
const PROJECT_BLOCK = kindIdRange('project').lo;

/** `SELECT … AS "id"`: the ids of the published projects the query finds, in id order. */
export function matchingProjectIds(query: ParsedQuery, window?: number): Prisma.Sql {
  return Prisma.sql`SELECT m."rowid" - ${sqlInteger(PROJECT_BLOCK)} AS "id" ${matchingDocs(query, 'project', window)}`;
}

/** Condition: the project p matches the query — one look-up of its document in the index. */
export function projectMatches(query: ParsedQuery): Prisma.Sql {
  const { table, match } = indexOf(query);
  return Prisma.sql`EXISTS (SELECT 1 FROM ${table} m WHERE ${table} MATCH ${match} AND m."rowid" = p."id" + ${sqlInteger(PROJECT_BLOCK)})`;
}

/** `(SELECT count(*) …)` of a row source, counting no further than `cap`. */
export function cappedCount(rows: Prisma.Sql, cap: number): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FROM (${rows} LIMIT ${sqlInteger(cap)}))`;
}
