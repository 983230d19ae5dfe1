import { z } from 'zod';

/** What Next passes as `searchParams`: a value may repeat, so it may be an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter, empty strings dropped: the form zod schemas parse. */
export function firstValues(params: RawSearchParams): Record<string, string> {
  const entries = Object.entries(params).flatMap(([key, value]) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first.trim() === '' ? [] : [[key, first]];
  });
  return Object.fromEntries(entries);
}

/** A 1-based page number: anything else (abc, -1, 0, 1e99) falls back to page 1. */
export const pageParam = z.coerce.number().int().positive().max(1_000_000).catch(1);

/** An optional code from a closed list: unknown values are ignored, not errors. */
export function optionalCode<T extends readonly [string, ...string[]]>(codes: T) {
  return z.enum(codes).optional().catch(undefined);
}

export const slugParam = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
