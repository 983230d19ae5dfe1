import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as figure } from '@/app/api/v1/figures/[key]/route';
import { GET as figures } from '@/app/api/v1/figures/route';
import { GET as initiative } from '@/app/api/v1/initiatives/[id]/route';
import { GET as initiatives } from '@/app/api/v1/initiatives/route';
import { GET as project } from '@/app/api/v1/projects/[slug]/route';
import { GET as projects, OPTIONS as projectsOptions } from '@/app/api/v1/projects/route';
import { GET as set } from '@/app/api/v1/sets/[id]/route';
import { GET as sets } from '@/app/api/v1/sets/route';
import { GET as source } from '@/app/api/v1/sources/[id]/route';
import { GET as sources } from '@/app/api/v1/sources/route';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
type Handler = (request: Request) => Promise<Response>;

async function expectJson(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('cache-control')).toBe(
    status === 200 ? 'public, max-age=60, must-revalidate' : 'no-store',
  );
  expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
  return response.json();
}

async function expectNotModified(handler: Handler, path: string) {
  const first = await handler(request(path));
  const etag = first.headers.get('etag')!;
  const second = await handler(request(path, { 'if-none-match': etag }));
  expect(second.status).toBe(304);
  expect(second.headers.get('etag')).toBe(etag);
  expect(await second.text()).toBe('');
}

describe('GET /api/v1/projects', () => {
  it('lists published projects with paging and data date', async () => {
    const body = await expectJson(await projects(request('/api/v1/projects?sort=name&pageSize=2')), 200);
    expect(body.meta).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2, licence: 'CC-BY-4.0' });
    expect(body.meta.dataUpdatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(body.data.map((p: { name: string }) => p.name)).toEqual([
      '二期车间项目',
      '垃圾处理设备及环保产品研发与制造项目',
    ]);
    expect(body.data[0]).toMatchObject({
      slug: 'beichen-phase-ii-workshop',
      sector: 'industry',
      totalInvestment: null,
      url: 'http://localhost:3000/projects/beichen-phase-ii-workshop',
    });
  });

  it('filters by the listing parameters', async () => {
    const body = await expectJson(
      await projects(
        request(
          '/api/v1/projects?chain=%E8%8A%82%E8%83%BD%E7%8E%AF%E4%BF%9D%E4%B8%8E%E5%8E%8B%E5%8A%9B%E5%AE%B9%E5%99%A8&set=launch-2023-01-29',
        ),
      ),
      200,
    );
    expect(body.meta.total).toBe(2);
    const none = await expectJson(await projects(request('/api/v1/projects?status=completed')), 200);
    expect(none).toMatchObject({ meta: { total: 0, pageCount: 1 }, data: [] });
  });

  it('answers 400 naming a bad parameter', async () => {
    for (const [query, parameter] of [
      ['sector=mining', 'sector'],
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['sort=*', 'sort'],
      [`q=${'长'.repeat(2000)}`, 'q'],
    ]) {
      const body = await expectJson(await projects(request(`/api/v1/projects?${query}`)), 400);
      expect(body.error).toMatchObject({ status: 400, code: 'invalidParameter', parameter });
    }
  });

  it('sends 304 for a matching If-None-Match and answers a CORS preflight', async () => {
    await expectNotModified(projects, '/api/v1/projects');
    const preflight = projectsOptions();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('GET one item', () => {
  const cases = [
    {
      name: 'project',
      handler: project,
      ok: { slug: 'beichen-phase-ii-workshop' },
      missing: { slug: 'no-such-project' },
      bad: { slug: 'Bad Slug!' },
      check: { name: '二期车间项目', sets: 'launch-2023-01-29', sourceAnchor: 'p-22' },
    },
    {
      name: 'set',
      handler: set,
      ok: { id: 'launch-2023-01-29' },
      missing: { id: 'no-such-set' },
      bad: { id: '../x' },
      check: { itemisedCount: 3, figureKeys: 'launch2023.date;launch2023.projectCount;launch2023.totalInvestment' },
    },
    {
      name: 'figure',
      handler: figure,
      ok: { key: 'keyProjects2023.industryCountFrom2024' },
      missing: { key: 'no.suchFigure' },
      bad: { key: 'nodots' },
      check: {
        value: '70',
        derived: true,
        derivation: '88 − 18 = 70',
        inputs: 'keyProjects2024.industryCount;keyProjects2024.industryIncrease',
        quote: null,
      },
    },
    {
      name: 'initiative',
      handler: initiative,
      ok: { id: 'dispatching' },
      missing: { id: 'no-such-initiative' },
      bad: { id: '' },
      check: { kind: 'mechanism', parentId: 'project-mechanisms', url: 'http://localhost:3000/work-line/dispatching' },
    },
    {
      name: 'source',
      handler: source,
      ok: { id: 'zjmzl-2024-08-22-key-projects-2024-plan' },
      missing: { id: 'no-such-source' },
      bad: { id: 'x'.repeat(200) },
      check: {
        reliability: 'mirror',
        sourceUrl: null,
        mirrorUrl: 'http://zjmzl.com/qcxw/202408/t20240822_14687444.htm',
        passageCount: 1,
      },
    },
  ] as const;

  for (const c of cases) {
    it(`${c.name}: 200 with the documented fields, 404 unknown, 400 malformed, 304 unchanged`, async () => {
      const run = (value: object) =>
        (c.handler as (r: Request, p: { params: Promise<object> }) => Promise<Response>)(
          request(`/api/v1/${c.name}`),
          params(value),
        );
      const body = await expectJson(await run(c.ok), 200);
      expect(body.data).toMatchObject(c.check);
      const missing = await expectJson(await run(c.missing), 404);
      expect(missing.error).toMatchObject({ status: 404, code: 'notFound' });
      const bad = await expectJson(await run(c.bad), 400);
      expect(bad.error.parameter).toBe(Object.keys(c.ok)[0]);
      const etag = (await run(c.ok)).headers.get('etag')!;
      const again = await (c.handler as (r: Request, p: { params: Promise<object> }) => Promise<Response>)(
        request(`/api/v1/${c.name}`, { 'if-none-match': etag }),
        params(c.ok),
      );
      expect(again.status).toBe(304);
    });
  }
});

describe('GET the small lists', () => {
  const lists: [string, Handler, string, number, string][] = [
    ['sets', sets, 'kind=programme', 1, 'kind=x'],
    ['figures', figures, 'measure=keyProjects2023.projectCount', 4, 'measure=a%20b'],
    ['initiatives', initiatives, 'kind=guarantee', 4, 'kind=nonsense'],
    ['sources', sources, 'reliability=secondary', 4, 'reliability=rumour'],
  ];
  for (const [name, handler, filter, count, bad] of lists) {
    it(`${name}: filtered list, 400 on a bad filter, 304 unchanged`, async () => {
      const body = await expectJson(await handler(request(`/api/v1/${name}?${filter}`)), 200);
      expect(body.meta.total).toBe(count);
      expect(body.data).toHaveLength(count);
      const error = await expectJson(await handler(request(`/api/v1/${name}?${bad}`)), 400);
      expect(error.error.parameter).toBe(bad.split('=')[0]);
      await expectNotModified(handler, `/api/v1/${name}`);
    });
  }

  it('figures of one measure are its timeline, derived figures included', async () => {
    const body = await (await figures(request('/api/v1/figures?measure=keyProjects2023.projectCount'))).json();
    expect(body.data.map((f: { key: string; value: string; derived: boolean }) => [f.key, f.value, f.derived])).toEqual(
      [
        ['keyProjects2023.projectCount', '133', false],
        ['keyProjects2023.projectCountYearEnd', '145', false],
        ['keyProjects2023.projectCountByKind', '133', true],
        ['keyProjects2023.projectCountByType', '145', true],
      ],
    );
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose parameters come from the zod schemas', async () => {
    const doc = await expectJson(await openapi(request('/api/v1/openapi.json')), 200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toHaveLength(11);
    expect(doc.paths['/search'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'type', 'page']);
    const params = doc.paths['/projects'].get.parameters;
    expect(params.map((p: { name: string }) => p.name)).toEqual([
      'q',
      'set',
      'sector',
      'chain',
      'level',
      'kind',
      'status',
      'town',
      'sort',
      'dir',
      'page',
      'pageSize',
    ]);
    expect(params.find((p: { name: string }) => p.name === 'sort').schema).toMatchObject({
      enum: ['name', 'investment', 'date'],
      default: 'name',
    });
    expect(params.find((p: { name: string }) => p.name === 'dir').schema).toMatchObject({ enum: ['asc', 'desc'] });
    expect(params.find((p: { name: string }) => p.name === 'pageSize').schema).toMatchObject({
      maximum: 100,
      default: 20,
    });
  });
});
