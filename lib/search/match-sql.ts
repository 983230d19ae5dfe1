import { Prisma } from '@prisma/client';
import { kindIdRange, type SearchKind } from '@/lib/search/kinds';
import { termPieces, type ParsedQuery } from '@/lib/search/parse-query';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * SQL pieces that find documents through the search index, shared by /search (run-search.ts)
 * and the project listing's keyword filter (lib/project-list). A query uses exactly one index:
 * trigram when every term has 3+ characters, otherwise the 2-character-piece index. On SQLite
 * these are FTS5 tables matched by the MATCH expression of parse-query.ts; on PostgreSQL they are
 * GIN indexes of search_doc itself (prisma/postgresql/migrations/20261206100000_search_index and
 * 20261209090000_search_folded_text).
 */

/**
 * An integer of ours (an id bound, LIMIT, OFFSET) written into the SQL as a literal: bound as a
 * parameter it arrives as REAL, and FTS5 then walks the whole doclist instead of seeking.
 */
export const sqlInteger = (n: number) => Prisma.raw(String(Math.trunc(n)));

/** A term inside `LIKE '%…%'`: its own %, _ and \ taken literally (\ is PostgreSQL's default escape). */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * PostgreSQL: the condition on the document m that FTS5's MATCH expresses on SQLite. Terms of 3+
 * characters: each a substring of "folded", title, body and pinyin in lower case (the
 * search_doc_trigram index; a term has no space, so it cannot match across the spaces that join
 * them). Both sides are folded by PostgreSQL's lower(), as ILIKE folds them, but the documents'
 * side once, when written (migration 20261209090000_search_folded_text). Otherwise every piece of
 * every term in "grams", every 1-character term among "firsts" (FTS5's prefix look-up), and each
 * longer term in title and body as written, since the arrays do not keep the pieces' order.
 */
function postgresMatch({ terms, trigram }: ParsedQuery): Prisma.Sql {
  if (trigram) {
    return Prisma.join(
      terms.map((term) => Prisma.sql`m."folded" LIKE lower(${containing(term)})`),
      ' AND ',
    );
  }
  const array = (values: string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::TEXT[]`;
  const firsts = terms.filter((term) => [...term].length === 1);
  const pieces = [...new Set(terms.flatMap(termPieces))];
  const phrases = terms.filter((term) => [...term].length > 2);
  return Prisma.join(
    [
      ...(pieces.length ? [Prisma.sql`m."grams" @> ${array(pieces)}`] : []),
      ...(firsts.length ? [Prisma.sql`m."firsts" @> ${array(firsts)}`] : []),
      ...phrases.map((term) => Prisma.sql`strpos(lower(m."title" || ' ' || m."body"), ${term}) > 0`),
    ],
    ' AND ',
  );
}

/**
 * PostgreSQL: the same condition in a form no index serves (strpos finds what LIKE '%…%' finds;
 * the arrays' containment is asked behind IS TRUE), for a read that walks the primary key in id
 * order and checks each document it meets. Given the indexable form there, the planner read the
 * term's whole GIN list first, which for a common term costs more than the walk.
 */
function postgresCheck(query: ParsedQuery): Prisma.Sql {
  if (!query.trigram) return Prisma.sql`(${postgresMatch(query)}) IS TRUE`;
  return Prisma.join(
    query.terms.map((term) => Prisma.sql`strpos(m."folded", lower(${term})) > 0`),
    ' AND ',
  );
}

type IdRange = { lo: number; hi: number };

/** `FROM <table> m WHERE <condition> AND lo < id < hi`. */
const docsIn = (table: Prisma.Sql, condition: Prisma.Sql, id: Prisma.Sql, { lo, hi }: IdRange) =>
  Prisma.sql`FROM ${table} m WHERE ${condition} AND ${id} > ${sqlInteger(lo)} AND ${id} < ${sqlInteger(hi)}`;

/**
 * PostgreSQL: `FROM search_doc m WHERE <match> AND lo < id < hi`, read in id order along the
 * primary key, every document of the range checked (see postgresCheck).
 */
export function walkedDocsIn(query: ParsedQuery, range: IdRange): Prisma.Sql {
  return docsIn(Prisma.raw('"search_doc"'), postgresCheck(query), Prisma.raw('m."id"'), range);
}

/** The id of the document m in matchingDocs' rows: FTS5's rowid, search_doc's id. */
export const matchedId = () => Prisma.raw(onPostgres() ? 'm."id"' : 'm."rowid"');

/** The index to read, with its condition on the document m and m's id. */
function indexOf(query: ParsedQuery): { table: Prisma.Sql; match: Prisma.Sql; id: Prisma.Sql } {
  if (query.trigram === null && query.bigram === null) throw new Error('a search needs a query with terms');
  if (onPostgres()) return { table: Prisma.raw('"search_doc"'), match: postgresMatch(query), id: matchedId() };
  const table = Prisma.raw(query.trigram ? '"search_trigram"' : '"search_bigram"');
  return { table, match: Prisma.sql`${table} MATCH ${query.trigram ?? query.bigram}`, id: matchedId() };
}

/**
 * `FROM <index> m WHERE <match> AND lo < id < hi`: matching documents (their id is matchedId()),
 * in id order on SQLite.
 */
export function matchingDocsIn(query: ParsedQuery, range: IdRange): Prisma.Sql {
  const { table, match, id } = indexOf(query);
  return docsIn(table, match, id, range);
}

/** Matching documents of a kind: its whole block, or its first `window` ids. */
export function matchingDocs(query: ParsedQuery, kind: SearchKind, window?: number): Prisma.Sql {
  const { lo, hi } = kindIdRange(kind);
  return matchingDocsIn(query, { lo, hi: window === undefined ? hi : lo + window + 1 });
}

// A project's document id is the project block's start plus Project.id (migration
// 20261130104600_search_project_ids_and_rank): matches map to projects by arithmetic alone.
const PROJECT_BLOCK = kindIdRange('project').lo;

/** `SELECT … AS "id"`: the ids of the published projects the query finds, in id order. */
export function matchingProjectIds(query: ParsedQuery, window?: number): Prisma.Sql {
  return Prisma.sql`SELECT ${matchedId()} - ${sqlInteger(PROJECT_BLOCK)} AS "id" ${matchingDocs(query, 'project', window)}`;
}

/** Condition: the project p matches the query — one look-up of its document in the index. */
export function projectMatches(query: ParsedQuery): Prisma.Sql {
  const { table, match, id } = indexOf(query);
  return Prisma.sql`EXISTS (SELECT 1 FROM ${table} m WHERE ${match} AND ${id} = p."id" + ${sqlInteger(PROJECT_BLOCK)})`;
}

/** `(SELECT count(*) …)` of a row source, counting no further than `cap`. */
export function cappedCount(rows: Prisma.Sql, cap: number): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FROM (${rows} LIMIT ${sqlInteger(cap)}) AS "capped")`;
}
