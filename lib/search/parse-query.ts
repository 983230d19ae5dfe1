import { toSimplifiedChinese } from '@/lib/sources/clean-text';

/**
 * Turns what a reader typed into an FTS5 MATCH expression that can never be read as FTS5 syntax:
 * every term is quoted as an FTS5 string, so quotes, `*`, AND/OR/NEAR, brackets and `-` are
 * searched for as written. A query of terms of 3+ characters goes to the trigram index (any
 * substring of title, body or pinyin). A query with a term of 1–2 characters goes to the
 * 2-character-piece index, whole: a short term is one piece (or, for one character, a prefix of
 * one), a longer term the phrase of its consecutive pieces, so FTS5 intersects them itself.
 * PostgreSQL has no MATCH: lib/search/match-sql.ts builds its conditions from `terms` and the same
 * choice of index (`trigram` set or not).
 */

export const MAX_QUERY_CHARS = 100;
export const MAX_TERMS = 8;

export type ParsedQuery = {
  /** The input as typed, cleaned and shortened: shown back to the reader and kept in links. */
  display: string;
  /** The query as searched: cleaned, shortened, Simplified Chinese, lower case. */
  text: string;
  terms: string[];
  /** True when the input was longer than MAX_QUERY_CHARS (or had more than MAX_TERMS terms). */
  shortened: boolean;
  /** MATCH expression for the trigram index: set when every term has 3+ characters. */
  trigram: string | null;
  /** MATCH expression for the 2-character index: set when some term is shorter than 3. */
  bigram: string | null;
};

// Invisible and control characters (Cc, Cf, Co, Cn, Cs): never part of a term.
const INVISIBLE = /\p{C}/gu;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** A term's overlapping 2-character pieces, as the 2-character index holds them: 压力容器 → 压力 力容 容器. */
export function termPieces(term: string): string[] {
  const chars = [...term];
  return chars.slice(1).map((char, i) => chars[i] + char);
}

/** A term for the 2-character index: 红 → "红"*, 红木 → "红木", 压力容器 → "压力 力容 容器". */
function bigramTerm(term: string): string {
  if ([...term].length === 1) return `${quote(term)}*`;
  return quote(termPieces(term).join(' '));
}

export function parseSearchQuery(input: string): ParsedQuery {
  const cleaned = input.normalize('NFKC').replace(INVISIBLE, ' ').trim();
  const chars = [...cleaned];
  const cut = chars.slice(0, MAX_QUERY_CHARS).join('');
  const text = toSimplifiedChinese(cut).toLowerCase().replace(/\s+/g, ' ').trim();
  // A term of combining marks only (a lone accent) is nothing to the index, whose tokenizer drops
  // marks: as a prefix it would match every row.
  const allTerms = [...new Set(text.split(' ').filter((term) => /\P{M}/u.test(term)))];
  const terms = allTerms.slice(0, MAX_TERMS);
  const hasShort = terms.some((term) => [...term].length < 3);
  return {
    display: cut.replace(/\s+/g, ' ').trim(),
    text: terms.join(' '),
    terms,
    shortened: chars.length > MAX_QUERY_CHARS || allTerms.length > MAX_TERMS,
    trigram: terms.length && !hasShort ? terms.map(quote).join(' AND ') : null,
    bigram: hasShort ? terms.map(bigramTerm).join(' AND ') : null,
  };
}
