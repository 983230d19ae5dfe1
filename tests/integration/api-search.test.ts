import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as search } from '@/app/api/v1/search/route';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers });

describe('GET /api/v1/search', () => {
  it('answers grouped hits with links to their pages', async () => {
    const response = await search(request('/api/v1/search?q=%E7%BA%A2%E6%9C%A8'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta.q).toBe('红木');
    const projects = body.data.find((g: { kind: string }) => g.kind === 'project');
    expect(projects.hits).toEqual([
      {
        kind: 'project',
        ref: 'zhicheng-huijia-smart-home-rosewood-furniture-workshop',
        title: '智能家居及高档红木家具标准车间建设项目',
        href: '/projects/zhicheng-huijia-smart-home-rosewood-furniture-workshop',
      },
    ]);
  });

  it('links figure hits to their figure page', async () => {
    const body = await (await search(request('/api/v1/search?q=98.8&type=figure'))).json();
    const figures = body.data.find((g: { kind: string }) => g.kind === 'figure');
    expect(figures.hits.map((h: { href: string }) => h.href)).toEqual([
      '/figures/launch2023.projectCount',
      '/figures/launch2023.totalInvestment',
    ]);
  });

  it('names the bad parameter in a 400', async () => {
    for (const [query, parameter] of [
      ['', 'q'],
      ['?q=x&type=drop', 'type'],
      ['?q=x&page=0', 'page'],
      [`?q=${'x'.repeat(201)}`, 'q'],
    ]) {
      const response = await search(request(`/api/v1/search${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.parameter).toBe(parameter);
    }
  });

  it('sends an ETag and answers 304 when it still matches', async () => {
    const first = await search(request('/api/v1/search?q=beichen'));
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const again = await search(request('/api/v1/search?q=beichen', { 'If-None-Match': etag }));
    expect(again.status).toBe(304);
  });
});
