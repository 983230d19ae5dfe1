import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import robots from '@/app/robots';
import { GET as sitemapPart } from '@/app/sitemap/[part]/route';
import { GET as sitemapIndex } from '@/app/sitemap.xml/route';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { enterpriseHref, figureHref, initiativeHref, projectHref, setHref, sourceHref } from '@/lib/links';
import { withAudit } from '@/lib/revisions/with-audit';
import { sitemapIndexXml, sitemapPartXml } from '@/lib/sitemap/parts';
import { syntheticProjects } from '@/lib/synthetic/generate-projects';
import { sitemapPartNameSchema } from '@/lib/validations/sitemap';
import { loadShippedDataset } from '../helpers/load';

const BASE = 'http://localhost:3000';
const LISTINGS = [
  '/',
  '/projects',
  '/sets',
  '/figures',
  '/summary',
  '/work-line',
  '/areas',
  '/sources',
  '/search',
  '/data',
  '/changes',
  '/glossary',
];
const SIZE = 10; // pages per part in these tests (30 <url>); the server uses 5,000
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});
const audit = { actor: { role: 'admin' as const, id: null, name: '测试' }, reason: '站点地图测试', sourceRef: null };

type Url = { loc: string; lastmod?: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] };

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  // 25 more projects (ids 4–28); one unpublished, one renamed after it was created.
  await withAudit(prisma, audit, (tx) =>
    tx.project.createMany({ data: syntheticProjects(25).map(({ enterpriseId: _none, ...project }) => project) }),
  );
  await withAudit(prisma, audit, (tx) =>
    tx.project.update({ where: { slug: 'synthetic-000007' }, data: { published: false } }),
  );
  await withAudit(prisma, audit, (tx) =>
    tx.project.update({ where: { slug: 'synthetic-000003' }, data: { name: '示例项目（更名）' } }),
  );
});
afterAll(() => prisma.$disconnect());

async function partUrls(name: string): Promise<Url[]> {
  const xml = (await sitemapPartXml(sitemapPartNameSchema.parse(name), await fetchLastUpdated(), SIZE))!;
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).urlset.url ?? [];
}

const partNames = async () =>
  [...(await sitemapIndexXml(null, SIZE)).matchAll(/<loc>[^<]*\/sitemap\/([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemap index and parts', () => {
  it('lists the parts that the counts and the highest project id call for', async () => {
    // 9 listings + 43 figures + 2 sets + 22 initiatives + 6 sources = 82 pages; 4 enterprises; project ids up to 28.
    expect(await partNames()).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `pages-${i}.xml`),
      'enterprises-0.xml',
      'projects-0.xml',
      'projects-1.xml',
      'projects-2.xml',
    ]);
  });

  it('has every public page once in each language, in parts of at most 10 pages', async () => {
    const parts = await Promise.all((await partNames()).map(partUrls));
    for (const urls of parts) expect(urls.length).toBeLessThanOrEqual(SIZE * 3);
    const locs = parts.flat().map((url) => url.loc);
    const [projects, enterprises, figures, sets, initiatives, sources] = await Promise.all([
      prisma.project.findMany({ where: { published: true }, select: { slug: true } }),
      prisma.enterprise.findMany({ select: { id: true } }),
      prisma.figure.findMany({ select: { key: true } }),
      prisma.set.findMany({ select: { id: true } }),
      prisma.initiative.findMany({ where: { published: true }, select: { id: true, kind: true } }),
      prisma.source.findMany({ select: { id: true } }),
    ]);
    const paths = [
      ...LISTINGS,
      ...projects.map((p) => projectHref(p.slug)),
      ...enterprises.map((e) => enterpriseHref(e.id)),
      ...figures.map((f) => figureHref(f.key)),
      ...sets.map((s) => setHref(s.id)),
      ...initiatives.map((i) => initiativeHref(i)),
      ...sources.map((s) => sourceHref(s.id)),
    ];
    expect(paths).toHaveLength(12 + 27 + 4 + 43 + 2 + 22 + 6);
    const expected = paths.flatMap((path) => [
      `${BASE}${path}`,
      `${BASE}${path === '/' ? '/zh-hant' : `/zh-hant${path}`}`,
      `${BASE}${path === '/' ? '/en' : `/en${path}`}`,
    ]);
    expect(locs).toHaveLength(expected.length);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual([...expected].sort());
    expect(locs).not.toContain(`${BASE}/projects/synthetic-000007`);
  });

  it('gives each page the time of its latest revision, and all three languages as alternates', async () => {
    const urls = (await Promise.all(['projects-0.xml', 'pages-0.xml', 'pages-1.xml'].map(partUrls))).flat();
    const latest = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: 'synthetic-000003' },
      orderBy: { id: 'desc' },
      select: { at: true },
    });
    const renamed = urls.filter((url) => url.loc.endsWith('/projects/synthetic-000003'));
    expect(renamed.map((url) => url.lastmod)).toEqual([
      latest.at.toISOString(),
      latest.at.toISOString(),
      latest.at.toISOString(),
    ]);
    expect(renamed[1]['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']])).toEqual([
      ['zh-Hans', `${BASE}/projects/synthetic-000003`],
      ['zh-Hant', `${BASE}/zh-hant/projects/synthetic-000003`],
      ['en', `${BASE}/en/projects/synthetic-000003`],
    ]);
    const created = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: 'synthetic-000004' },
      select: { at: true },
    });
    expect(urls.find((url) => url.loc === `${BASE}/projects/synthetic-000004`)?.lastmod).toBe(created.at.toISOString());
    expect(urls.find((url) => url.loc === `${BASE}/changes`)?.lastmod).toBe((await fetchLastUpdated())!.toISOString());
  });
});

describe('sitemap routes and robots.txt', () => {
  const part = (name: string, headers: Record<string, string> = {}) =>
    sitemapPart(new Request(`${BASE}/sitemap/${name}`, { headers }), { params: Promise.resolve({ part: name }) });

  it('serve the index at /sitemap.xml with parts of 5,000 pages, and 304 when the data has not changed', async () => {
    const response = await sitemapIndex(new Request(`${BASE}/sitemap.xml`));
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      `${BASE}/sitemap/pages-0.xml`,
      `${BASE}/sitemap/enterprises-0.xml`,
      `${BASE}/sitemap/projects-0.xml`,
    ]);
    const again = await sitemapIndex(
      new Request(`${BASE}/sitemap.xml`, { headers: { 'If-None-Match': response.headers.get('etag')! } }),
    );
    expect(again.status).toBe(304);
  });

  it('serve each part, and 404 for a part that does not exist', async () => {
    const projects = await part('projects-0.xml');
    expect(projects.status).toBe(200);
    expect(parser.parse(await projects.text()).urlset.url).toHaveLength(27 * 3);
    expect((await part('projects-1.xml')).status).toBe(404);
    expect((await part('other-0.xml')).status).toBe(404);
    expect((await part('projects-00.xml')).status).toBe(404);
  });

  it('robots.txt points at the index', () => {
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin'] },
      sitemap: `${BASE}/sitemap.xml`,
    });
  });
});
