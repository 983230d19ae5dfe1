import fc from 'fast-check';
import {
  INITIATIVE_KIND_CODES,
  LEVEL_CODES,
  PROJECT_KIND_CODES,
  RELIABILITY_CODES,
  SECTOR_CODES,
  SET_KIND_CODES,
  STATUS_CODES,
} from '@/lib/domain/codelists';
import { DATASET_IDS } from '@/lib/open-data/fields';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { PUBLIC_ENTITY_TYPES } from '@/lib/validations/changes';
import { LISTING_VIEWS } from '@/lib/validations/listing-view';
import { PROJECT_SORTS, SORT_DIRECTIONS } from '@/lib/validations/project-filters';
import { SITEMAP_SECTIONS } from '@/lib/validations/sitemap';
import { numberText } from './hostile';
import { free, oneOf, queryString, segment, type ValueArb } from './query';
import type { FuzzTargets } from './targets';

/**
 * Every public address: the pages of app/(public)/[lang]/ in the three languages, and the
 * root route handlers (API, downloads, feeds, sitemap, robots, the sign-in page, the import
 * template). Each kind builds its path from real ids and hostile ones and adds the query
 * parameters it accepts (lib/validations/*), plus unknown, repeated and array parameters.
 */
export type RouteKind = { kind: string; path: (token: string) => fc.Arbitrary<string> };

const numbers: ValueArb = () => numberText;

/** The languages' prefixes, and a few that are none (the internal segment redirects; others are missing pages). */
const LANG = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('', '/zh-hant', '/en') },
  { weight: 1, arbitrary: fc.constantFrom('/zh-hans', '/fr', '/EN', '/zh-Hant') },
);

export function routeKinds(t: FuzzTargets): RouteKind[] {
  const projectFilters: Record<string, ValueArb> = {
    q: free,
    set: oneOf(t.sets),
    sector: oneOf(SECTOR_CODES),
    chain: oneOf(t.chains),
    level: oneOf(LEVEL_CODES),
    kind: oneOf(PROJECT_KIND_CODES),
    status: oneOf(STATUS_CODES),
    sort: oneOf(PROJECT_SORTS),
    dir: oneOf(SORT_DIRECTIONS),
    page: numbers,
    pageSize: numbers,
  };
  const searchFields: Record<string, ValueArb> = {
    q: oneOf(['红木', '紅木', 'hongmu', '项目', '2023', '长清区', '示例', 'fuzz']),
    type: oneOf(SEARCH_KINDS),
    page: numbers,
  };
  const page = (kind: string, build: (token: string) => fc.Arbitrary<string>): RouteKind => ({
    kind: `page:${kind}`,
    path: (token) => fc.tuple(LANG, build(token)).map(([lang, rest]) => `${lang}${rest}` || '/'),
  });
  const fixed =
    (path: string, fields: Record<string, ValueArb> = {}) =>
    (token: string) =>
      queryString(fields, token).map((query) => path + query);
  const under =
    (base: string, ids: string[], suffix = '', fields: Record<string, ValueArb> = {}) =>
    (token: string) =>
      fc.tuple(segment(ids)(token), queryString(fields, token)).map(([id, query]) => `${base}/${id}${suffix}${query}`);
  const apiLists: Record<string, Record<string, ValueArb>> = {
    projects: projectFilters,
    sets: { kind: oneOf(SET_KIND_CODES) },
    figures: { measure: oneOf(t.measures), set: oneOf(t.sets) },
    initiatives: { kind: oneOf(INITIATIVE_KIND_CODES) },
    sources: { reliability: oneOf(RELIABILITY_CODES) },
  };
  const apiIds: Record<string, string[]> = {
    projects: t.projects,
    sets: t.sets,
    figures: t.figures,
    initiatives: [...t.workLines, ...t.areas],
    sources: t.sources,
  };
  const files = [...DATASET_IDS.flatMap((id) => [`${id}.csv`, `${id}.json`]), 'dictionary.csv', 'oc4ids.json'];
  const sitemapParts = SITEMAP_SECTIONS.flatMap((section) => [0, 1, 2].map((n) => `${section}-${n}.xml`));
  return [
    page('home', () => fc.constantFrom('', '/')),
    page('projects', fixed('/projects', { ...projectFilters, view: oneOf(LISTING_VIEWS) })),
    page('project', under('/projects', t.projects)),
    page('set', under('/sets', t.sets)),
    page('figures', fixed('/figures')),
    page('figure', under('/figures', t.figures)),
    page('sources', fixed('/sources')),
    page('source', under('/sources', t.sources, '', { figure: oneOf(t.figures) })),
    page('source-raw', under('/sources', t.sources, '/raw')),
    page('source-cited', (token) =>
      fc.tuple(segment(t.sources)(token), segment(t.figures)(token)).map(([id, key]) => `/sources/${id}/cited/${key}`),
    ),
    page('enterprise', under('/enterprises', t.enterprises)),
    page('work-lines', fixed('/work-line')),
    page('work-line', under('/work-line', t.workLines)),
    page('areas', fixed('/areas')),
    page('area', under('/areas', t.areas)),
    page('changes', fixed('/changes', { type: oneOf(PUBLIC_ENTITY_TYPES), page: numbers })),
    page('search', fixed('/search', searchFields)),
    page('data', fixed('/data')),
    page('api-docs', fixed('/api')),
    page('missing', (token) =>
      fc.array(segment([])(token), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    ),
    {
      kind: 'api:list',
      path: (token) =>
        fc.constantFrom(...Object.keys(apiLists)).chain((name) => fixed(`/api/v1/${name}`, apiLists[name])(token)),
    },
    {
      kind: 'api:item',
      path: (token) =>
        fc.constantFrom(...Object.keys(apiIds)).chain((name) => under(`/api/v1/${name}`, apiIds[name])(token)),
    },
    { kind: 'api:search', path: fixed('/api/v1/search', searchFields) },
    { kind: 'api:openapi', path: fixed('/api/v1/openapi.json') },
    {
      kind: 'api:unknown',
      path: (token) =>
        fc
          .tuple(fc.constantFrom('/api/v1', '/api', '/api/v2', '/api/v1/projects/x'), segment([])(token))
          .map(([base, rest]) => `${base}/${rest}`),
    },
    {
      kind: 'download',
      path: (token) =>
        segment(files)(token).chain((file) =>
          fixed(`/data/${file}`, file.startsWith('projects.') ? projectFilters : {})(token),
        ),
    },
    {
      kind: 'feed',
      path: (token) => fc.oneof(fixed('/feed.xml')(token), under('/projects', t.projects, '/feed.xml')(token)),
    },
    {
      kind: 'sitemap',
      path: (token) => fc.oneof(fixed('/sitemap.xml')(token), under('/sitemap', sitemapParts)(token)),
    },
    { kind: 'robots', path: fixed('/robots.txt') },
    { kind: 'admin:sign-in-page', path: fixed('/admin/sign-in', { signedOut: oneOf(['1']) }) },
    { kind: 'admin:template', path: fixed('/admin/import/template', { format: oneOf(['csv', 'xlsx']) }) },
  ];
}
