/** URLs built in one place so that pages, feeds, exports and tests agree on them (language-free paths). */

export function sourceHref(sourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}`;
}

/** The sentence a figure comes from: the passage anchor scrolls, `figure` marks the quote. */
export function figureSourceHref(figure: { key: string; passage: { sourceId: string; anchor: string } }): string {
  return `${sourceHref(figure.passage.sourceId)}?figure=${encodeURIComponent(figure.key)}#${figure.passage.anchor}`;
}

/** A quoted passage of any cited item (project, initiative point, person). */
export function passageHref(passage: { sourceId: string; anchor: string }): string {
  return `${sourceHref(passage.sourceId)}#${passage.anchor}`;
}

export const figureHref = (key: string) => `/figures/${encodeURIComponent(key)}`;
export const projectHref = (slug: string) => `/projects/${encodeURIComponent(slug)}`;
export const PROJECTS_HREF = '/projects';

/** The project listing with a query (projectFiltersQuery's), in the list (default) or the table view. */
export function projectsHref(query: string, view: 'list' | 'table' = 'list'): string {
  if (view === 'list') return `${PROJECTS_HREF}${query}`;
  return `${PROJECTS_HREF}${query ? `${query}&` : '?'}view=table`;
}

export const SETS_HREF = '/sets';
export const SUMMARY_HREF = '/summary';
export const GLOSSARY_HREF = '/glossary';
/** A term's entry on the glossary page (ids: lib/glossary/terms.ts). */
export const glossaryHref = (id?: string) => (id ? `${GLOSSARY_HREF}#${id}` : GLOSSARY_HREF);
export const setHref = (id: string) => `${SETS_HREF}/${encodeURIComponent(id)}`;
export const enterpriseHref = (id: string) => `/enterprises/${encodeURIComponent(id)}`;

/** Result areas live under /areas, every other initiative under /work-line. */
export function initiativeHref(initiative: { id: string; kind: string }): string {
  const base = initiative.kind === 'resultArea' ? '/areas' : '/work-line';
  return `${base}/${encodeURIComponent(initiative.id)}`;
}

/** The search page; `type` shows one result group, `page` a page of it. */
export function searchHref(query: string, options: { type?: string; page?: number } = {}): string {
  const type = options.type ? `&type=${encodeURIComponent(options.type)}` : '';
  const page = options.page && options.page > 1 ? `&page=${options.page}` : '';
  return `/search?q=${encodeURIComponent(query)}${type}${page}`;
}

export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** A download of /data (app/data/[file]): a dataset as CSV or JSON; project downloads take the listing's query. */
export const dataDownloadHref = (dataset: string, format: DownloadFormat, query = '') => `/data/${dataset}.${format}${query}`;

/** The results of a search as a file (app/search/[file]), up to SEARCH_DOWNLOAD_CAP of each kind. */
export const searchDownloadHref = (query: string, format: DownloadFormat) => `/search/results.${format}?q=${encodeURIComponent(query)}`;

/** The paragraph number of a passage anchor (`p-21` → 21), as the source page numbers its passages. */
export function paragraphNumber(anchor: string): number {
  return Number(anchor.replace(/^p-/, ''));
}

/** The officials' workspace (never cached, never language-prefixed). */
export const ADMIN_HREF = '/admin';
export const ADMIN_PROJECTS_HREF = '/admin/projects';
export const ADMIN_INITIATIVES_HREF = '/admin/initiatives';
export const ADMIN_ENTERPRISES_HREF = '/admin/enterprises';
export const ADMIN_USERS_HREF = '/admin/users';
export const ADMIN_IMPORT_HREF = '/admin/import';
export const SIGN_IN_HREF = '/admin/sign-in';
export const FORBIDDEN_HREF = '/admin/forbidden';

type WorkspacePage = 'view' | 'edit' | 'status';

/**
 * A project in the workspace: its page, its full edit form or its short status form, with an
 * optional query (e.g. `{ saved: 'project' }`) and a section anchor (e.g. `problems`).
 */
export function adminProjectHref(slug: string, page: WorkspacePage = 'view', query: Record<string, string> = {}, anchor?: string): string {
  const path = `${ADMIN_PROJECTS_HREF}/${encodeURIComponent(slug)}${page === 'view' ? '' : `/${page}`}`;
  const search = new URLSearchParams(query).toString();
  return `${path}${search ? `?${search}` : ''}${anchor ? `#${anchor}` : ''}`;
}
