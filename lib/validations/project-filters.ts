import { z } from 'zod';
import { LEVEL_CODES, PROJECT_KIND_CODES, SECTOR_CODES, STATUS_CODES } from '@/lib/domain/codelists';
import { TOWN_CODES } from '@/lib/domain/towns';
import { slugParam, type RawSearchParams } from '@/lib/validations/params';
import { lenientParams, strictParams } from '@/lib/validations/query-params';

/**
 * Filters of the project listing, shared by /projects (lenient: bad values fall back), the API
 * /api/v1/projects and the exports /data/projects.csv|json (strict: bad values are a 400).
 */

export const PROJECT_SORTS = ['name', 'investment', 'date'] as const;
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
/** Each sort's own direction (its index's order); `dir` reverses it. */
export const DEFAULT_DIRECTIONS = { name: 'asc', investment: 'desc', date: 'desc' } as const satisfies Record<
  (typeof PROJECT_SORTS)[number],
  (typeof SORT_DIRECTIONS)[number]
>;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The town filter's value for projects whose 镇街 is not published. */
export const TOWN_NONE = 'none';

export const projectFilterFields = {
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe(
      'Words in the project name, enterprise, industry chain, location or description, as /search finds them (Traditional or pinyin too); matches are counted and paged up to 1000 (meta.atLeast)',
    ),
  set: slugParam.optional().describe('Set id, e.g. launch-2023-01-29'),
  sector: z.enum(SECTOR_CODES).optional().describe('Sector code'),
  chain: z.string().trim().max(100).optional().describe('Industry chain, exactly as published'),
  level: z.enum(LEVEL_CODES).optional().describe('Key-project list level'),
  kind: z.enum(PROJECT_KIND_CODES).optional().describe('New or continuing'),
  status: z.enum(STATUS_CODES).optional().describe('Status code'),
  town: z
    .enum([...TOWN_CODES, TOWN_NONE])
    .optional()
    .describe(
      `Town or subdistrict (镇街): its 9-digit NBS code, e.g. 370113001, or ${TOWN_NONE} for projects with no published town`,
    ),
  sort: z
    .enum(PROJECT_SORTS)
    .default('name')
    .describe('name (A–Z), investment (largest first), date (latest start first)'),
  dir: z
    .enum(SORT_DIRECTIONS)
    .optional()
    .describe(
      'asc or desc; without it each sort has its own direction (name A–Z, the others largest or latest first). Unknown amounts and dates come last either way',
    ),
  page: z.coerce.number().int().positive().max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Rows per page, at most ${MAX_PAGE_SIZE}`),
};

/** For pages: never fails; `?page=-1` → 1, `?sector=nonsense` → no sector filter. */
export const projectFiltersSchema = lenientParams(projectFilterFields);

/** For the API and exports: fails naming the parameter. */
export const projectFiltersStrictSchema = strictParams(projectFilterFields);

export type ProjectFilters = z.output<typeof projectFiltersSchema>;

/** The direction the listing is sorted in: the one asked for, or the sort's own. */
export const sortDirection = ({ sort, dir }: Pick<ProjectFilters, 'sort' | 'dir'>) => dir ?? DEFAULT_DIRECTIONS[sort];

/** Parses a page's search params leniently: the /projects page never fails on a bad parameter. */
export function parseProjectFilters(params: RawSearchParams): ProjectFilters {
  return projectFiltersSchema.parse(params);
}

/** The filters that narrow the listing (sort and page size only order and cut it). */
export const NARROWING_FILTERS = ['q', 'set', 'sector', 'chain', 'level', 'kind', 'status', 'town'] as const;

/** Query string for these filters with some values changed; defaults are left out of the URL. */
export function projectFiltersQuery(filters: ProjectFilters, changes: Partial<ProjectFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of NARROWING_FILTERS) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  if (merged.sort !== 'name') params.set('sort', merged.sort);
  if (merged.dir && merged.dir !== DEFAULT_DIRECTIONS[merged.sort]) params.set('dir', merged.dir);
  if (merged.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(merged.pageSize));
  if (merged.page > 1) params.set('page', String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
