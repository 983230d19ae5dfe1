import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectTable } from '@/components/projects/project-table';
import { i18nFor } from '@/lib/i18n/server';
import { projectsHref } from '@/lib/links';
import { parseListingView } from '@/lib/validations/listing-view';
import { parseProjectFilters } from '@/lib/validations/project-filters';

/** The table view of /projects (issue 10, “a sortable table view”): its sort links and its cells. */

const PROJECTS = [
  {
    slug: 'a',
    name: '二期车间项目',
    nameEn: null,
    enterprise: { id: 'e', name: '北辰机电设备有限公司', nameEn: null },
    sector: 'industry',
    industryChain: null,
    level: 'district',
    kind: 'new',
    status: 'underConstruction',
    statusDate: null,
    totalInvestment: 988000,
    startDate: '2023-01-29',
  },
  {
    slug: 'b',
    name: '示例项目',
    nameEn: null,
    enterprise: null,
    sector: 'industry',
    industryChain: null,
    level: 'district',
    kind: 'new',
    status: 'planning',
    statusDate: null,
    totalInvestment: null,
    startDate: null,
  },
];

function render(query: Record<string, string>, segment = 'zh-hans') {
  const filters = parseProjectFilters(query);
  return renderToStaticMarkup(
    createElement(ProjectTable, { projects: PROJECTS, filters, i18n: i18nFor(segment, '/projects') }),
  );
}

/** Each sortable header's link and aria-sort, in column order. */
function headers(html: string) {
  return [...html.matchAll(/<th scope="col"( aria-sort="(\w+)")?[^>]*>(?:<a href="([^"]+)")?/g)].map((m) => [
    m[3] ?? null,
    m[2] ?? null,
  ]);
}

describe('the project table', () => {
  it('links each sortable header to its own direction, and the sorted one to the reverse, keeping the filters', () => {
    expect(headers(render({ sector: 'industry', page: '3' }))).toEqual([
      ['/projects?sector=industry&amp;dir=desc&amp;view=table', 'ascending'],
      [null, null],
      [null, null],
      ['/projects?sector=industry&amp;sort=investment&amp;view=table', null],
      ['/projects?sector=industry&amp;sort=date&amp;view=table', null],
    ]);
    expect(headers(render({ sort: 'investment' }))[3]).toEqual([
      '/projects?sort=investment&amp;dir=asc&amp;view=table',
      'descending',
    ]);
    expect(headers(render({ sort: 'investment', dir: 'asc' }))[3]).toEqual([
      '/projects?sort=investment&amp;view=table',
      'ascending',
    ]);
    expect(headers(render({ sort: 'date' }, 'en'))[4]).toEqual([
      '/en/projects?sort=date&amp;dir=asc&amp;view=table',
      'descending',
    ]);
  });

  it('shows money with its unit, and unknown values as the listing does', () => {
    const html = render({});
    expect(html).toContain('<span class="whitespace-nowrap tabular-nums">98.8亿元</span>');
    expect(html).toContain('2023年1月29日');
    expect(html.match(/未公开/g)).toHaveLength(2);
    expect(render({}, 'en')).toContain(
      '<td data-label="Total investment" class="py-2 pr-3 text-right tabular-nums"><span class="whitespace-nowrap tabular-nums">9.88 billion yuan</span></td>',
    );
    expect(html).toContain('<td data-label="状态" class="py-2 pr-3 ">谋划</td>');
  });
});

describe('the listing view parameter', () => {
  it('falls back to the list for anything but table, and keeps the other parameters in links', () => {
    expect(['table', ['table', 'list']].map((view) => parseListingView({ view }))).toEqual(['table', 'table']);
    expect(['grid', '', undefined, ['x']].map((view) => parseListingView({ view }))).toEqual([
      'list',
      'list',
      'list',
      'list',
    ]);
    expect(projectsHref('', 'table')).toBe('/projects?view=table');
    expect(projectsHref('?sector=industry&page=2', 'table')).toBe('/projects?sector=industry&page=2&view=table');
    expect(projectsHref('?sector=industry', 'list')).toBe('/projects?sector=industry');
  });
});
