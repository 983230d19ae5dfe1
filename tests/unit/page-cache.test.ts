import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expirePublicCopies } from '@/lib/cache/public-epoch.mts';
import { expireAgainAfterWrite, PageCache } from '@/server/page-cache.mts';

// The page cache in a real HTTP server, in front of a stand-in for Next that numbers its answers.
let server: Server;
let base: string;
let rendered = 0;
let pages: PageCache;
let askedEncoding: (string | undefined)[] = [];
/** Stands in for the server asking itself for its "Page not found" (server/not-found-page.mts). */
let notFoundPages: Record<string, string> = {};
const notFoundPage = async (path: string) => (path in notFoundPages ? Buffer.from(notFoundPages[path]) : null);

const WITH_RUNTIME =
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>页</p><script>self.__next_f.push([1,"x"])</script></body></html>';
const CLIENT_RENDERED =
  '<!DOCTYPE html><html id="__next_error__"><head><title>未找到页面</title><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>self.__next_f.push([1,"x"])</script></body></html>';
const LONG = `<p>${'长清区重点项目 '.repeat(200)}</p>`;

/** A promise and what settles it: the test, not the clock, orders a write's steps. */
function step() {
  let done!: () => void;
  const reached = new Promise<void>((resolve) => (done = resolve));
  return { reached, done };
}
/** The stand-in's write: it commits, ends when the test says so, and its connection closes. */
let write = { committed: step(), end: step(), closed: step() };

/** What the stand-in answers: a public page, unless the address asks for something else. */
function standIn(request: IncomingMessage, response: ServerResponse) {
  rendered += 1;
  askedEncoding.push(request.headers['accept-encoding']);
  const url = request.url ?? '';
  if (request.method === 'POST') {
    expirePublicCopies(); // the write commits
    write.committed.done();
    // Registered after expireAgainAfterWrite's own listener, so it runs after it.
    response.on('close', write.closed.done);
    void write.end.reached.then(() => response.end('saved'));
    return;
  }
  if (url === '/missing') response.statusCode = 404;
  if (url === '/private') response.setHeader('Cache-Control', 'private, no-store');
  else response.setHeader('Cache-Control', 'public, max-age=0, s-maxage=1, stale-while-revalidate=60');
  if (url === '/cookie') response.setHeader('Set-Cookie', 'a=b');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('ETag', `"v${rendered}"`);
  if (url.endsWith('/gone') || url === '/broken') {
    response.statusCode = url === '/broken' ? 500 : 404;
    return void response.end(CLIENT_RENDERED);
  }
  if (url.startsWith('/with-runtime')) return void response.end(WITH_RUNTIME);
  if (url.startsWith('/long'))
    return void response.writeHead(200, { 'Content-Length': Buffer.byteLength(LONG) }).end(LONG);
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
  pages = new PageCache(1024, notFoundPage);
  rendered = 0;
  askedEncoding = [];
  write = { committed: step(), end: step(), closed: step() };
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
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
    expect(second.headers).toMatchObject({
      etag: '"v1"',
      'content-type': 'text/html; charset=utf-8',
      'content-length': '30',
    });
    expect([first.headers['x-cache'], second.headers['x-cache'], second.headers['x-nextjs-cache']]).toEqual([
      undefined,
      'HIT',
      undefined,
    ]);
    expect((await send('GET', '/projects/x', { 'If-None-Match': '"v1"' })).status).toBe(304);
    const head = await send('HEAD', '/projects/x');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '30']);
    expirePublicCopies();
    expect(await bodies('GET', ['/projects/x', '/projects/x'])).toEqual([
      '<p>render 2 of /projects/x</p>',
      '<p>render 2 of /projects/x</p>',
    ]);
    expect(rendered).toBe(2);
  });

  it('keeps nothing that is not a plain public page', async () => {
    const paths = ['/missing', '/private', '/cookie', '/api/v1/projects', '/admin', '/feed.xml', '/data/projects.csv'];
    expect(await bodies('GET', [...paths, ...paths])).toHaveLength(14);
    expect(rendered).toBe(14);
    await bodies('GET', ['/sets', '/sets'], { RSC: '1' });
    await bodies('HEAD', ['/figures', '/figures']);
    expect(rendered).toBe(18);
    expect(pages.size).toEqual({ paths: 0, queries: 0 });
  });

  it('keeps pages with a query string too, by their whole address, until the data changes', async () => {
    const listing = ['/projects?q=a', '/projects?q=a', '/projects?q=b', '/projects?q=a&page=2', '/projects?q=b'];
    expect(await bodies('GET', listing)).toEqual([
      '<p>render 1 of /projects?q=a</p>',
      '<p>render 1 of /projects?q=a</p>',
      '<p>render 2 of /projects?q=b</p>',
      '<p>render 3 of /projects?q=a&page=2</p>',
      '<p>render 2 of /projects?q=b</p>',
    ]);
    expect(pages.size).toEqual({ paths: 0, queries: 3 });
    expirePublicCopies();
    expect(await bodies('GET', ['/projects?q=a'])).toEqual(['<p>render 4 of /projects?q=a</p>']);
  });

  it('compresses pages itself, from one copy, for clients that take gzip', async () => {
    pages = new PageCache(64 * 1024, notFoundPage);
    const zipped = await send('GET', '/long', { 'Accept-Encoding': 'gzip, deflate, br' });
    const plain = await send('GET', '/long');
    const zippedAgain = await send('GET', '/long', { 'Accept-Encoding': 'gzip' });
    expect([zipped.body, plain.body, zippedAgain.body]).toEqual([LONG, LONG, LONG]);
    expect([
      zipped.headers['content-encoding'],
      plain.headers['content-encoding'],
      zippedAgain.headers['content-encoding'],
    ]).toEqual(['gzip', undefined, 'gzip']);
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(LONG)));
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    // Next is asked for the page as it is, once.
    expect([rendered, askedEncoding]).toEqual([1, [undefined]]);
    expect((await send('GET', '/long?page=2')).headers['content-length']).toBe(String(Buffer.byteLength(LONG)));
  });

  it("removes Next's client runtime from the HTML, in Next's answer and in the copy", async () => {
    const expected = '<html><head></head><body><p>页</p></body></html>';
    expect(await bodies('GET', ['/with-runtime', '/with-runtime'])).toEqual([expected, expected]);
    expect((await send('GET', '/with-runtime?q=1')).body).toBe(expected);
  });

  it('puts the server-rendered "Page not found" of the address\'s language, or the plain server-error page, in place of Next\'s empty shell', async () => {
    notFoundPages = { '/page-not-found': '<h1>未找到页面</h1>', '/en/page-not-found': '<h1>Page not found</h1>' };
    const answers = [
      await send('GET', '/gone'),
      await send('GET', '/en/projects/gone'),
      await send('GET', '/zh-hant/gone'),
    ];
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
      [404, '<h1>未找到页面</h1>'],
      [404, '<h1>Page not found</h1>'],
      // Failing that, the shell, with the policy that lets its scripts draw it.
      [404, CLIENT_RENDERED],
    ]);
    expect(answers.map((answer) => answer.headers['content-security-policy'])).toEqual([
      undefined,
      undefined,
      expect.stringMatching(/; script-src 'self' 'unsafe-inline'$/),
    ]);
    const broken = await send('GET', '/broken');
    expect([broken.status, /<title>(.*)<\/title>/.exec(broken.body)?.[1]]).toEqual([500, '抱歉，服务出现问题']);
    // Asked for directly, the page that says so answers 404 as well.
    expect((await send('GET', '/en/page-not-found')).status).toBe(404);
  });

  it('drops the least recently used copies past its memory bound, pages with a query string in a quarter of it', async () => {
    // The last 50 pages ("<p>render 11 of /p/10</p>" on) are 25 bytes each: 768 bytes hold 30.
    const paths = Array.from({ length: 60 }, (_, i) => `/p/${i}`);
    await bodies('GET', paths);
    expect(pages.size).toEqual({ paths: 30, queries: 0 });
    await bodies('GET', ['/p/59', '/p/0']);
    expect(rendered).toBe(61);
    // "<p>render 62 of /q?n=10</p>" on: 27 bytes each, 256 bytes hold 9; the pages without a query stay.
    await bodies(
      'GET',
      Array.from({ length: 20 }, (_, i) => `/q?n=${i + 10}`),
    );
    expect(pages.size).toEqual({ paths: 30, queries: 9 });
    await bodies('GET', ['/p/59', '/q?n=29', '/q?n=10']);
    expect(rendered).toBe(82);
  });

  it('drops copies again when a request that wrote ends, so none taken while Next revalidated survives', async () => {
    const saving = send('POST', '/admin/projects/x');
    await write.committed.reached;
    // Asked for after the commit, before the write's request ended: kept for the moment.
    expect(await bodies('GET', ['/projects/x', '/projects/x'])).toEqual([
      '<p>render 2 of /projects/x</p>',
      '<p>render 2 of /projects/x</p>',
    ]);
    write.end.done();
    await saving;
    await write.closed.reached;
    expect(await bodies('GET', ['/projects/x'])).toEqual(['<p>render 3 of /projects/x</p>']);
  });
});
