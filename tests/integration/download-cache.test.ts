import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { GET as download, HEAD as head, OPTIONS as preflight } from '@/app/data/[file]/route';
import { withAudit } from '@/lib/revisions/with-audit';
import { loadShippedDataset } from '../helpers/load';

// Every generation reads its rows through datasetRows: counting its calls counts generations.
const generations = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/open-data/dataset-rows', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/open-data/dataset-rows')>();
  return {
    datasetRows: (...args: Parameters<typeof original.datasetRows>) => {
      generations.push(`${args[0]} ${JSON.stringify(args[1] ?? null)}`);
      return original.datasetRows(...args);
    },
  };
});

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
});
afterAll(() => prisma.$disconnect());

const request = (file: string, headers: Record<string, string> = {}, query = '', method = 'GET') =>
  new Request(`http://localhost/data/${file}${query}`, { headers, method });
const get = (file: string, headers: Record<string, string> = {}, query = '') =>
  download(request(file, headers, query), { params: Promise.resolve({ file }) });
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const text = async (response: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(response));
const cacheRoot = () => process.env.DOWNLOAD_CACHE_DIR!;
const folders = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name));
// <cache>/<database key>/<version>: this file's database has one key.
const versionFolders = () => folders(cacheRoot()).flatMap(folders);
const rename = (name: string) =>
  withAudit(prisma, { actor: { role: 'admin', id: null, name: '测试' }, reason: '更正名称', sourceRef: null }, (tx) =>
    tx.project.update({ where: { slug: 'beichen-phase-ii-workshop' }, data: { name } }),
  );

describe('downloads kept per data version', () => {
  it('generates projects.csv once: the second request is read from disk', async () => {
    const first = await get('projects.csv');
    const body = await bytes(first);
    expect(generations).toEqual(['projects {"sort":"name","page":1,"pageSize":20}']);
    const second = await get('projects.csv');
    expect(await bytes(second)).toEqual(body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(generations).toHaveLength(1);
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(second.headers.get('accept-ranges')).toBe('bytes');
  });

  it('concurrent requests for a missing file share one generation', async () => {
    generations.length = 0;
    const answers = await Promise.all([get('sets.json'), get('sets.json'), get('sets.json')]);
    expect(generations).toEqual(['sets null']);
    const [a, b, c] = await Promise.all(answers.map(text));
    expect([b, c]).toEqual([a, a]);
    expect(JSON.parse(a).data).toHaveLength(2);
  });

  it('a write (here through another connection) makes the next request generate the new data; the old version folder goes', async () => {
    const before = await get('projects.csv');
    generations.length = 0;
    await rename('二期车间项目（更名）');
    const after = await get('projects.csv');
    expect(await text(after)).toContain('beichen-phase-ii-workshop,二期车间项目（更名）,');
    expect(generations).toHaveLength(1);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const latest = await prisma.revision.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true, at: true } });
    expect(after.headers.get('etag')).toMatch(new RegExp(`^"${latest.id}-[0-9a-f]{16}"$`));
    expect(after.headers.get('x-data-updated-at')).toBe(latest.at.toISOString());
    expect(versionFolders().map((folder) => path.basename(folder))).toEqual([
      expect.stringMatching(new RegExp(`^${latest.id}-`)),
    ]);
    await get('projects.csv');
    expect(generations).toHaveLength(1);
  });

  it('answers 304 to a current If-None-Match or If-Modified-Since, and 200 to stale ones', async () => {
    const full = await get('figures.csv');
    const etag = full.headers.get('etag')!;
    const lastModified = full.headers.get('last-modified')!;
    const byTag = await get('figures.csv', { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get('etag')).toBe(etag);
    expect((await bytes(byTag)).length).toBe(0);
    expect((await get('figures.csv', { 'If-None-Match': `"0-0", W/${etag}` })).status).toBe(304);
    expect((await get('figures.csv', { 'If-Modified-Since': lastModified })).status).toBe(304);
    const secondEarlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get('figures.csv', { 'If-Modified-Since': secondEarlier })).status).toBe(200);
    // If-None-Match decides alone when both are sent.
    expect((await get('figures.csv', { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified })).status).toBe(
      200,
    );
  });

  it('answers a single byte range with 206 and the exact bytes, a range past the end with 416', async () => {
    const whole = await bytes(await get('initiatives.csv'));
    const size = whole.length;
    const range = async (value: string, extra: Record<string, string> = {}) =>
      get('initiatives.csv', { Range: value, ...extra });

    const start = await range('bytes=0-2');
    expect(start.status).toBe(206);
    expect(start.headers.get('content-range')).toBe(`bytes 0-2/${size}`);
    // Next may gzip whole answers on the fly; a range must arrive as exactly these bytes.
    expect(start.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300, no-transform',
    );
    expect([...(await bytes(start))]).toEqual([0xef, 0xbb, 0xbf]);

    const middle = await range('bytes=100-199');
    expect(await bytes(middle)).toEqual(whole.slice(100, 200));
    const suffix = await range('bytes=-10');
    expect(suffix.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(await bytes(suffix)).toEqual(whole.slice(size - 10));
    const open = await range(`bytes=${size - 4}-`);
    expect(await bytes(open)).toEqual(whole.slice(size - 4));

    const past = await range(`bytes=${size}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`);
    expect((await range('bytes=0-1,5-6')).status).toBe(200);
    const etag = start.headers.get('etag')!;
    expect((await range('bytes=0-2', { 'If-Range': etag })).status).toBe(206);
    expect((await range('bytes=0-2', { 'If-Range': '"older"' })).status).toBe(200);
  });

  it('HEAD has the headers of GET and no body', async () => {
    const got = await get('sources.json');
    const headed = await head(request('sources.json', {}, '', 'HEAD'), {
      params: Promise.resolve({ file: 'sources.json' }),
    });
    expect(headed.status).toBe(200);
    expect(headed.body).toBeNull();
    expect(headed.headers.get('etag')).toBe(got.headers.get('etag'));
    expect(headed.headers.get('content-disposition')).toBe(got.headers.get('content-disposition'));
  });

  it('lets other sites send conditional and range requests (CORS preflight)', () => {
    const answer = preflight();
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-headers')).toBe(
      'If-None-Match, If-Modified-Since, If-Range, Range',
    );
    expect(answer.headers.get('access-control-expose-headers')).toBe(
      'ETag, Content-Disposition, Content-Range, Accept-Ranges, X-Data-Updated-At',
    );
  });
});

describe('filtered project downloads', () => {
  it('share one file per filter set, whatever the order or paging of the parameters', async () => {
    generations.length = 0;
    const a = await text(await get('projects.json', {}, '?sector=industry&sort=investment'));
    const b = await text(await get('projects.json', {}, '?sort=investment&page=3&sector=industry'));
    expect(b).toBe(a);
    expect(generations).toHaveLength(1);
  });

  it('are evicted least recently served first once they pass DOWNLOAD_CACHE_FILTERED_MB', async () => {
    process.env.DOWNLOAD_CACHE_FILTERED_MB = '0.000001'; // one byte: only the newest file stays
    try {
      generations.length = 0;
      await get('projects.csv', {}, '?sector=industry');
      await get('projects.csv', {}, '?sector=agriculture');
      const [version] = versionFolders();
      expect(readdirSync(path.join(version, 'filtered'))).toEqual([expect.stringMatching(/-projects\.csv$/)]);
      await get('projects.csv', {}, '?sector=industry');
      expect(generations).toEqual([
        'projects {"sector":"industry","sort":"name","page":1,"pageSize":20}',
        'projects {"sector":"agriculture","sort":"name","page":1,"pageSize":20}',
        'projects {"sector":"industry","sort":"name","page":1,"pageSize":20}',
      ]);
    } finally {
      delete process.env.DOWNLOAD_CACHE_FILTERED_MB;
    }
  });
});
