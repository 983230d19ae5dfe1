/** URLs built in one place so that pages, feeds, exports and tests agree on them (language-free paths). */

/** A path with a query (`{ saved: 'project' }`) and an anchor, each only when given. */
function withQuery(path: string, query: Record<string, string>, anchor?: string): string {
  const search = new URLSearchParams(query).toString();
  return `${path}${search ? `?${search}` : ''}${anchor ? `#${anchor}` : ''}`;
}

export const SOURCES_HREF = '/sources';

export function sourceHref(sourceId: string): string {
  return `${SOURCES_HREF}/${encodeURIComponent(sourceId)}`;
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
/** A project's changes as an Atom feed (app/projects/[slug]/feed.xml). */
export const projectFeedHref = (slug: string) => `${projectHref(slug)}/feed.xml`;
/** A source exactly as received, as a plain-text download. */
export const sourceRawHref = (sourceId: string) => `${sourceHref(sourceId)}/raw`;
export const PROJECTS_HREF = '/projects';
/** The listing narrowed by one filter or more, e.g. `{ set }` or `{ town }`. */
export const filteredProjectsHref = (filters: Record<string, string>) => withQuery(PROJECTS_HREF, filters);

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

export const CHANGES_HREF = '/changes';

/** The public history (/changes) with only the parameters that differ from its default view. */
export function changesHref({ type, initial, page }: { type?: string; initial?: string; page: number }): string {
  return withQuery(CHANGES_HREF, {
    ...(type ? { type } : {}),
    ...(initial ? { initial } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });
}

/** One entry of the public history (its id in /changes, and in the feeds). */
export const revisionHref = (id: number) => `${CHANGES_HREF}#revision-${id}`;

/** The kinds of record with a public page of their own. */
type RecordKind = 'project' | 'figure' | 'set' | 'initiative' | 'source' | 'enterprise';

/** A record's public page by kind and id; an initiative also needs its own kind (it picks the route). */
export function recordHref(type: RecordKind, id: string, initiativeKind: string | null = null): string {
  switch (type) {
    case 'project':
      return projectHref(id);
    case 'figure':
      return figureHref(id);
    case 'set':
      return setHref(id);
    case 'initiative':
      return initiativeHref({ id, kind: initiativeKind ?? '' });
    case 'source':
      return sourceHref(id);
    case 'enterprise':
      return enterpriseHref(id);
  }
}

const RECORD_KINDS: ReadonlySet<string> = new Set<RecordKind>([
  'project',
  'figure',
  'set',
  'initiative',
  'source',
  'enterprise',
]);

/** Where a changed record lives (history, feeds); null once it is deleted (there is nothing to link to). */
export function entityHref(change: {
  entityType: string;
  entityId: string;
  action: string;
  kind: string | null;
}): string | null {
  if (change.action === 'delete' || !RECORD_KINDS.has(change.entityType)) return null;
  return recordHref(change.entityType as RecordKind, change.entityId, change.kind);
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
export const dataDownloadHref = (dataset: string, format: DownloadFormat, query = '') =>
  `/data/${dataset}.${format}${query}`;

/** The results of a search as a file (app/search/[file]), up to SEARCH_DOWNLOAD_CAP of each kind. */
export const searchDownloadHref = (query: string, format: DownloadFormat) =>
  `/search/results.${format}?q=${encodeURIComponent(query)}`;

/** The paragraph number of a passage anchor (`p-21` → 21), as the source page numbers its passages. */
export function paragraphNumber(anchor: string): number {
  return Number(anchor.replace(/^p-/, ''));
}

/** The officials' workspace (never cached, never language-prefixed). */
export const ADMIN_HREF = '/admin';
export const ADMIN_PROJECTS_HREF = '/admin/projects';
export const ADMIN_NEW_PROJECT_HREF = '/admin/projects/new';
export const ADMIN_INITIATIVES_HREF = '/admin/initiatives';
export const ADMIN_ENTERPRISES_HREF = '/admin/enterprises';
export const ADMIN_USERS_HREF = '/admin/users';
export const ADMIN_IMPORT_HREF = '/admin/import';
/** Step 1 of an import: a plain multipart form posted to this route handler (app/(workspace)/admin/import/check). */
export const ADMIN_IMPORT_CHECK_HREF = '/admin/import/check';
export const SIGN_IN_HREF = '/admin/sign-in';
/** Where the sign-in form is sent: the route handler app/(workspace)/admin/session/route.ts. */
export const SIGN_IN_POST_HREF = '/admin/session';
export const SIGN_IN_CODE_HREF = '/admin/sign-in/code';
export const TWO_FACTOR_HREF = '/admin/two-factor';
export const RECOVERY_CODES_HREF = '/admin/two-factor/recovery-codes';
export const FORBIDDEN_HREF = '/admin/forbidden';

/** The workspace's project list, e.g. of one status. */
export const adminProjectsHref = (query: Record<string, string> = {}) => withQuery(ADMIN_PROJECTS_HREF, query);

/** The import template as a file (app/(workspace)/admin/import/template). */
export const importTemplateHref = (format: 'xlsx' | 'csv') => withQuery(`${ADMIN_IMPORT_HREF}/template`, { format });

type WorkspacePage = 'view' | 'edit' | 'status';

/**
 * A project in the workspace: its page, its full edit form or its short status form, with an
 * optional query (e.g. `{ saved: 'project' }`) and a section anchor (e.g. `problems`).
 */
export function adminProjectHref(
  slug: string,
  page: WorkspacePage = 'view',
  query: Record<string, string> = {},
  anchor?: string,
): string {
  return withQuery(
    `${ADMIN_PROJECTS_HREF}/${encodeURIComponent(slug)}${page === 'view' ? '' : `/${page}`}`,
    query,
    anchor,
  );
}
