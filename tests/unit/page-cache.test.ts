import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expirePublicCopies } from '@/lib/cache/public-epoch.mts';
import { expireAgainAfterWrite, PageCache } from '@/server/page-cache.mts';

// The page cache in a real HTTP server, in front of a stand-in for Next that numbers its answers.
let server: Server;
let base: string;
let rendered = 0;
let pages: PageCache;

/** What the stand-in answers: a public page, unless the address asks for something else. */
function standIn(request: IncomingMessage, response: ServerResponse) {
  rendered += 1;
  const url = request.url ?? '';
  if (request.method === 'POST') {
    expirePublicCopies(); // the write commits
    setTimeout(() => response.end('saved'), 20);
    return;
  }
  if (url === '/missing') response.statusCode = 404;
  if (url === '/private') response.setHeader('Cache-Control', 'private, no-store');
  else response.setHeader('Cache-Control', 'public, max-age=0, s-maxage=1, stale-while-revalidate=60');
  if (url === '/cookie') response.setHeader('Set-Cookie', 'a=b');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('ETag', `"v${rendered}"`);
  response.write(`<p>render ${rendered} `);
  response.end(`of ${url}</p>`);
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (pages.serve(request, response)) return;
    if (request.method === 'POST') expireAgainAfterWrite(response);
    standIn(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  pages = new PageCache(1024);
  rendered = 0;
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end();
  });
}

const bodies = async (method: string, paths: string[], headers: Record<string, string> = {}) => {
  const answers: string[] = [];
  for (const path of paths) answers.push((await send(method, path, headers)).body);
  return answers;
};

describe('the front door keeps copies of public pages', () => {
  it('answers a public page from its copy, with the same headers and bytes, until the data changes', async () => {
    const first = await send('GET', '/projects/x');
    const second = await send('GET', '/projects/x');
    expect([first.body, second.body]).toEqual(['<p>render 1 of /projects/x</p>', '<p>render 1 of /projects/x</p>']);
    expect(second.headers).toMatchObject({ etag: '"v1"', 'content-type': 'text/html; charset=utf-8', 'content-length': '30' });
    expect([first.headers['x-cache'], second.headers['x-cache'], second.headers['x-nextjs-cache']]).toEqual([undefined, 'HIT', undefined]);
    expect((await send('GET', '/projects/x', { 'If-None-Match': '"v1"' })).status).toBe(304);
    const head = await send('HEAD', '/projects/x');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '30']);
    expirePublicCopies();
    expect(await bodies('GET', ['/projects/x', '/projects/x'])).toEqual(['<p>render 2 of /projects/x</p>', '<p>render 2 of /projects/x</p>']);
    expect(rendered).toBe(2);
  });

  it('keeps nothing that is not a plain public page', async () => {
    const paths = ['/missing', '/private', '/cookie', '/projects?q=a', '/api/v1/projects', '/admin', '/feed.xml', '/data/projects.csv'];
    expect(await bodies('GET', [...paths, ...paths])).toHaveLength(16);
    expect(rendered).toBe(16);
    await bodies('GET', ['/sets', '/sets'], { RSC: '1' });
    await bodies('HEAD', ['/figures', '/figures']);
    expect(rendered).toBe(20);
    expect(pages.size).toBe(0);
  });

  it('keeps one copy per way of asking for compression', async () => {
    await bodies('GET', ['/a', '/a'], { 'Accept-Encoding': 'gzip' });
    await bodies('GET', ['/a', '/a']);
    expect([rendered, pages.size]).toEqual([2, 2]);
  });

  it('drops the least recently used copies past its memory bound', async () => {
    // The last 50 pages ("<p>render 11 of /p/10</p>" on) are 25 bytes each: 1,024 bytes hold 40.
    const paths = Array.from({ length: 60 }, (_, i) => `/p/${i}`);
    await bodies('GET', paths);
    expect(pages.size).toBe(40);
    await bodies('GET', ['/p/59', '/p/0']);
    expect(rendered).toBe(61);
  });

  it('drops copies again when a request that wrote ends, so none taken while Next revalidated survives', async () => {
    const saving = send('POST', '/admin/projects/x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Asked for after the commit, before the write's request ended: kept for the moment.
    expect(await bodies('GET', ['/projects/x', '/projects/x'])).toEqual(['<p>render 2 of /projects/x</p>', '<p>render 2 of /projects/x</p>']);
    await saving;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await bodies('GET', ['/projects/x'])).toEqual(['<p>render 3 of /projects/x</p>']);
  });
});
