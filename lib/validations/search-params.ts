import { z } from 'zod';

/** Search params arrive as string | string[] | undefined: a repeated parameter counts by its first value. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number; anything else (0, -1, 1e99, "abc") falls back to 1. */
export const pageParam = z.preprocess(first, z.coerce.number().int().positive().max(100_000)).catch(1);
