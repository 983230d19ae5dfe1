import { toSimplifiedChinese } from '@/lib/sources/clean-text';

/**
 * Turns what a reader typed into FTS5 MATCH expressions that can never be read as FTS5 syntax:
 * every term is quoted as an FTS5 string, so quotes, `*`, AND/OR/NEAR, brackets and `-` are
 * searched for as written. Terms of 3+ characters go to the trigram index (any substring of
 * title, body or pinyin); terms of 1–2 characters to the 2-character-piece index.
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
  /** MATCH expression for the trigram index, or null when no term is 3+ characters long. */
  trigram: string | null;
  /** MATCH expression for the 2-character index, or null when no term is shorter than 3. */
  bigram: string | null;
};

// Invisible and control characters (Cc, Cf, Co, Cn, Cs): never part of a term.
const INVISIBLE = /\p{C}/gu;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

export function parseSearchQuery(input: string): ParsedQuery {
  const cleaned = input.normalize('NFKC').replace(INVISIBLE, ' ').trim();
  const chars = [...cleaned];
  const cut = chars.slice(0, MAX_QUERY_CHARS).join('');
  const text = toSimplifiedChinese(cut).toLowerCase().replace(/\s+/g, ' ').trim();
  const allTerms = [...new Set(text.split(' ').filter(Boolean))];
  const terms = allTerms.slice(0, MAX_TERMS);
  const long = terms.filter((term) => [...term].length >= 3);
  const short = terms.filter((term) => [...term].length < 3);
  return {
    display: cut.replace(/\s+/g, ' ').trim(),
    text: terms.join(' '),
    terms,
    shortened: chars.length > MAX_QUERY_CHARS || allTerms.length > MAX_TERMS,
    trigram: long.length ? long.map(quote).join(' AND ') : null,
    // One character: any 2-character piece starting with it (the text ends with a space, so a
    // last character is a piece of its own).
    bigram: short.length ? short.map((term) => ([...term].length === 1 ? `${quote(term)}*` : quote(term))).join(' AND ') : null,
  };
}
