import { z } from 'zod';

/**
 * What a route reads from its address: path segments (slugs, figure keys) and the query. One
 * definition each, so that pages, the API, the workspace and the loader accept the same ids.
 */

/** What Next passes as `searchParams`: a value may repeat, so it may be an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The props of a page or route handler with path segments `P`. */
export type WithParams<P> = { params: Promise<P> };
/** The props of a page that reads its query. */
export type WithSearchParams = { searchParams: Promise<RawSearchParams> };

/** Search params arrive as string | string[] | undefined: a repeated parameter counts by its first value. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number; anything else (0, -1, 1e99, "abc") falls back to 1. */
export const pageParam = z.preprocess(first, z.coerce.number().int().positive().max(100_000)).catch(1);

/** A stable id (project slug, set, source, initiative, enterprise): lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugParam = z.string().max(120).regex(SLUG_PATTERN, 'lowercase words joined by hyphens');

/** A route's slug or id, checked before any lookup: anything else is simply not found (null). */
export function parseSlug(raw: string): string | null {
  return slugParam.safeParse(raw).data ?? null;
}

/** A figure's key: dotted words such as keyProjects2023.totalInvestment (also its address /figures/[key]). */
export const figureKeySchema = z
  .string()
  .max(120)
  .regex(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/, 'dotted key such as keyProjects2023.totalInvestment');

/** A route's figure key, or null (the page is then not found). */
export function parseFigureKey(raw: string): string | null {
  return figureKeySchema.safeParse(raw).data ?? null;
}
