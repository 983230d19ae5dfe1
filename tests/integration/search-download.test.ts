import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as download } from '@/app/search/[file]/route';
import { loadShippedDataset } from '../helpers/load';

/** /search/results.csv|json?q=: a search's results as a file (issue 10, download links on search results). */

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  process.env.SITE_URL = 'https://example.gov.cn';
});
afterAll(async () => {
  delete process.env.SITE_URL;
  await prisma.$disconnect();
});

const get = (file: string, query: string) =>
  download(new Request(`http://localhost/search/${file}${query}`), { params: Promise.resolve({ file }) });
const ROSEWOOD = 'https://example.gov.cn/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop';

describe('GET /search/results.csv|json', () => {
  it('holds the same results as the search, with the cap and each kind’s count in the JSON', async () => {
    const body = await (await get('results.json', '?q=%E7%BA%A2%E6%9C%A8')).json();
    expect(body.meta).toMatchObject({ q: '红木', capPerKind: 200 });
    expect(body.meta.groups.find((g: { kind: string }) => g.kind === 'project')).toEqual({
      kind: 'project',
      total: 1,
      atLeast: false,
      included: 1,
    });
    expect(body.data.filter((row: { kind: string }) => row.kind === 'project')).toEqual([
      {
        kind: 'project',
        ref: 'zhicheng-huijia-smart-home-rosewood-furniture-workshop',
        title: '智能家居及高档红木家具标准车间建设项目',
        url: ROSEWOOD,
      },
    ]);
    expect(body.data).toHaveLength(
      body.meta.groups.reduce((sum: number, g: { included: number }) => sum + g.included, 0),
    );
  });

  it('writes the CSV through the open-data encoder: BOM, header of keys, one CRLF line per result', async () => {
    const response = await get('results.csv', '?q=%E7%BA%A2%E6%9C%A8');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()).split('\r\n');
    expect(lines[0]).toBe('\uFEFFkind,ref,title,url');
    expect(lines).toContain(
      `project,zhicheng-huijia-smart-home-rosewood-furniture-workshop,智能家居及高档红木家具标准车间建设项目,${ROSEWOOD}`,
    );
    const json = await (await get('results.json', '?q=%E7%BA%A2%E6%9C%A8')).json();
    expect(lines).toHaveLength(1 + json.data.length + 1);
  });

  it('answers a missing query with a 400 naming q, and another file name with a 404', async () => {
    const missing = await get('results.csv', '');
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.parameter).toBe('q');
    expect((await get('results.xml', '?q=x')).status).toBe(404);
  });
});
