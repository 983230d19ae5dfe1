import { z } from 'zod';
import { LEVEL_CODES, PROJECT_KIND_CODES, SECTOR_CODES, STATUS_CODES } from '@/lib/domain/codelists';
import { firstValues, optionalCode, pageParam, slugParam, type RawSearchParams } from '@/lib/validations/search-params';

/** Filters, sort and page of the project listing; the same parameters drive its exports and API. */
export const PROJECT_SORTS = ['name', 'investment', 'date'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const projectFiltersSchema = z.object({
  set: slugParam.optional().catch(undefined),
  sector: optionalCode(SECTOR_CODES),
  chain: z.string().trim().min(1).max(100).optional().catch(undefined),
  level: optionalCode(LEVEL_CODES),
  kind: optionalCode(PROJECT_KIND_CODES),
  status: optionalCode(STATUS_CODES),
  sort: z.enum(PROJECT_SORTS).catch('name'),
  page: pageParam,
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE),
});

export type ProjectFilters = z.infer<typeof projectFiltersSchema>;

export function parseProjectFilters(params: RawSearchParams): ProjectFilters {
  return projectFiltersSchema.parse(firstValues(params));
}

/** Query string for these filters with some values changed; defaults are left out of the URL. */
export function projectFiltersQuery(filters: ProjectFilters, changes: Partial<ProjectFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of ['set', 'sector', 'chain', 'level', 'kind', 'status'] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.sort !== 'name') params.set('sort', merged.sort);
  if (merged.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(merged.pageSize));
  if (merged.page > 1) params.set('page', String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
