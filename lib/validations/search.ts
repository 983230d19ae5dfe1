import { z } from 'zod';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { first } from '@/lib/validations/params';

/** Longest input read from the URL; the query itself is cut to MAX_QUERY_CHARS when parsed. */
const MAX_INPUT = 2_000;
export const RESULTS_PER_PAGE = 20;
export const RESULTS_PER_GROUP = 5;
/** Pages beyond the capped count (lib/search/run-search.ts COUNT_CAP) are never linked. */
export const MAX_PAGE = 50;

/** /search?q=&type=&page= — anything else, or anything malformed, falls back to a default. */
export const searchParamsSchema = z.object({
  q: z
    .preprocess(
      first,
      z.string().transform((q) => q.slice(0, MAX_INPUT)),
    )
    .catch(''),
  type: z.preprocess(first, z.enum(SEARCH_KINDS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)).catch(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** /api/v1/search: the same search, strictly parsed (a bad parameter is a 400 naming it). */
export const searchApiFields = {
  q: z.string().trim().min(1).max(200).describe('Search words: Chinese (Simplified or Traditional), pinyin or numbers'),
  type: z.enum(SEARCH_KINDS).optional().describe('Only this kind of result, 20 per page'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).describe('Page of the chosen type, from 1'),
};
