import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as siteFeed } from '@/app/feed.xml/route';
import { GET as projectFeed } from '@/app/projects/[slug]/feed.xml/route';
import { withAudit } from '@/lib/revisions/with-audit';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const SLUG = 'beichen-phase-ii-workshop';

function expectAtom(xml: string) {
  const { feed } = parser.parse(xml);
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const element of ['id', 'title', 'updated', 'author']) expect(feed[element], element).toBeDefined();
  expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const links = [feed.link].flat();
  expect(links.find((l: { '@rel': string }) => l['@rel'] === 'self')['@href']).toBe(feed.id);
  const entries = [feed.entry ?? []].flat();
  for (const entry of entries)
    for (const element of ['id', 'title', 'updated', 'link', 'content']) expect(entry[element], element).toBeDefined();
  return { feed, entries };
}

describe('Atom feeds', () => {
  it('/feed.xml is valid Atom 1.0 with the latest public changes first', async () => {
    const response = await siteFeed();
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const { feed, entries } = expectAtom(await response.text());
    expect(feed.id).toBe('http://localhost:3000/feed.xml');
    expect(entries).toHaveLength(50);
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(50);
  });

  it('a project feed lists its changes newest first, with before → after', async () => {
    const editor = {
      actor: { role: 'editor' as const, id: 5, name: '内部姓名' },
      reason: '开工进度更新',
      sourceRef: '区发改局通报',
    };
    await withAudit(prisma, editor, (tx) =>
      tx.project.update({ where: { slug: SLUG }, data: { progressPercent: 35 } }),
    );
    const response = await projectFeed(new Request('http://localhost'), { params: Promise.resolve({ slug: SLUG }) });
    const xml = await response.text();
    const { feed, entries } = expectAtom(xml);
    expect(feed.title).toBe('二期车间项目：更新记录');
    expect(entries.map((e: { title: string }) => e.title)).toEqual([
      '修改项目：二期车间项目',
      '新建项目：二期车间项目',
    ]);
    expect(entries[0].content['#text']).toBe(
      '操作角色：项目填报人员；原因：开工进度更新；依据：区发改局通报\n形象进度（%）：（空） → 35',
    );
    expect(xml).not.toContain('内部姓名');
  });

  it('values read as on the pages: codes as labels, money with its unit', async () => {
    const before = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { status: true } });
    const official = {
      actor: { role: 'admin' as const, id: 1, name: '管理员' },
      reason: '竣工验收',
      sourceRef: '验收报告',
    };
    await withAudit(prisma, official, (tx) =>
      tx.project.update({ where: { slug: SLUG }, data: { status: 'completed', totalInvestment: 123_456 } }),
    );
    const response = await projectFeed(new Request('http://localhost'), { params: Promise.resolve({ slug: SLUG }) });
    const { entries } = expectAtom(await response.text());
    expect([before.status, entries[0].content['#text'].split('\n').slice(1)]).toEqual([
      'underConstruction',
      ['状态：已开工·在建 → 竣工', '总投资：（空） → 12.3456亿元'],
    ]);
  });

  it("the loader's evidence is the source's title with its address and a related link, never the source id", async () => {
    const response = await projectFeed(new Request('http://localhost'), { params: Promise.resolve({ slug: SLUG }) });
    const { entries } = expectAtom(await response.text());
    const created = entries.find((e: { title: string }) => e.title === '新建项目：二期车间项目');
    const address = 'http://localhost:3000/sources/launch-report-2023-01-29';
    expect(created.content['#text'].split('\n')[0]).toBe(
      `操作角色：来源数据导入；原因：按来源报道载入；依据：长清区2023年春季重点项目集中开工仪式报道（${address}）`,
    );
    expect(created.link.find((l: { '@rel': string }) => l['@rel'] === 'related')).toEqual({
      '@rel': 'related',
      '@href': address,
      '@title': '长清区2023年春季重点项目集中开工仪式报道',
    });
    const site = await (await siteFeed()).text();
    expect(site).not.toMatch(/依据：[a-z0-9-]+(\n|<)/);
  });

  it('an unknown or malformed project is a 404', async () => {
    for (const slug of ['no-such-project', '<script>']) {
      const response = await projectFeed(new Request('http://localhost'), { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(404);
    }
  });
});
