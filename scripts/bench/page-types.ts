import { syntheticProjects } from '@/lib/synthetic/generate-projects';
import { DEFAULT_PAGE_SIZE, PROJECT_SORTS } from '@/lib/validations/project-filters';
import { LIST_LENGTH, shuffled, syntheticQueries } from './keywords';

/** The kinds of public page measured, by id (`--only home,search-2`). */
export const PAGE_TYPE_IDS = [
  'home',
  'project',
  'set',
  'figure',
  'projects',
  'projects-q',
  'projects-page',
  'search-2',
  'search-3',
  'search-traditional',
  'search-pinyin',
  'api-projects',
] as const;

export type PageTypeId = (typeof PAGE_TYPE_IDS)[number];

/** One kind of page: a single path, or distinct paths to cycle through when the query string varies. */
export type PageType = { id: PageTypeId; label: string; paths: string[] };

/** A set of the shipped dataset, present in every database (the synthetic ones add to it). */
export const SHIPPED_SET_PATH = '/sets/launch-2023-01-29';

const withQuery = (base: string, name: string, values: (string | number)[]) =>
  values.map((value) => `${base}?${new URLSearchParams({ [name]: String(value) })}`);

/**
 * The page types for a synthetic database of `projects` projects of which `listed` are published
 * (the listing's pages). Listing pages are spread over the whole list, first to last.
 */
export function pageTypes(projects: number, listed: number): PageType[] {
  const rows = syntheticProjects(projects);
  const queries = syntheticQueries(rows);
  const pageCount = Math.ceil(listed / DEFAULT_PAGE_SIZE);
  const pages = Array.from(
    { length: Math.min(LIST_LENGTH, pageCount) },
    (_, i) => 1 + Math.floor((i * pageCount) / Math.min(LIST_LENGTH, pageCount)),
  );
  // Every page in each of the three orders: enough distinct pages on a small database too.
  const listingPages = shuffled(
    PROJECT_SORTS.flatMap((sort) =>
      pages.map((page) => `/projects?${new URLSearchParams({ sort, page: String(page) })}`),
    ),
  );
  const single = (id: PageTypeId, path: string): PageType => ({ id, label: path, paths: [path] });
  const cycled = (id: PageTypeId, label: string, paths: string[]): PageType => ({
    id,
    label: `${label} (${paths.length} distinct)`,
    paths,
  });
  return [
    single('home', '/'),
    single('project', `/projects/${rows[Math.floor(projects / 2)].slug}`),
    single('set', SHIPPED_SET_PATH),
    single('figure', '/figures/keyProjects2023.projectCount'),
    single('projects', '/projects'),
    cycled('projects-q', '/projects?q=…', withQuery('/projects', 'q', queries.listing)),
    cycled('projects-page', `/projects?sort=${PROJECT_SORTS.join('|')}&page=1…${pageCount}`, listingPages),
    cycled('search-2', '/search?q= 2 characters', withQuery('/search', 'q', queries.twoCharacters)),
    cycled('search-3', '/search?q= 3 characters', withQuery('/search', 'q', queries.threeCharacters)),
    cycled('search-traditional', '/search?q= Traditional', withQuery('/search', 'q', queries.traditional)),
    cycled('search-pinyin', '/search?q= pinyin', withQuery('/search', 'q', queries.pinyin)),
    single('api-projects', '/api/v1/projects'),
  ];
}
