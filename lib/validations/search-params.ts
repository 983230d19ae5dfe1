import { z } from 'zod';

/** What Next passes as `searchParams`: a value may repeat, so it may be an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Search params arrive as string | string[] | undefined: a repeated parameter counts by its first value. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number; anything else (0, -1, 1e99, "abc") falls back to 1. */
export const pageParam = z.preprocess(first, z.coerce.number().int().positive().max(100_000)).catch(1);

/** An id in a path segment: lowercase words joined by hyphens. */
export const slugParam = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
