import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontDoor } from '@/server/front-door.mts';

// The front door in a real HTTP server, with a stand-in for Next that records what reached it.
let server: Server;
let base: string;
let reached: { url: string; headers: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    if (frontDoor(request, response, new URL('https://projects.example.gov.cn'))) return;
    reached.push({ url: request.url ?? '', headers: { ...request.headers } });
    response.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw request (fetch refuses TRACE and some headers). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  reached = [];
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('front door', () => {
  it('answers unsupported methods with 405 and Allow, per kind of address', async () => {
    const cases: [string, string, string][] = [
      ['TRACE', '/', 'GET, HEAD'],
      ['PUT', '/projects/x', 'GET, HEAD'],
      ['POST', '/en/figures', 'GET, HEAD'],
      ['TRACE', '/api/v1/projects', 'GET, HEAD, OPTIONS'],
      ['DELETE', '/data/projects.csv', 'GET, HEAD, OPTIONS'],
      ['TRACE', '/feed.xml', 'GET, HEAD, OPTIONS'],
      ['PATCH', '/admin/projects', 'GET, HEAD, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await send(method, path);
      expect([method, path, answer.status, answer.headers.allow]).toEqual([method, path, 405, allow]);
      expect(reached).toEqual([]);
    }
    const api = await send('TRACE', '/api/v1/sets');
    expect(JSON.parse(api.body)).toEqual({
      error: {
        status: 405,
        code: 'methodNotAllowed',
        message: 'this address accepts only the methods in the Allow header',
      },
    });
    expect(api.headers['access-control-allow-origin']).toBe('*');
    expect((await send('TRACE', '/')).body).toContain('<title>不支持这种请求</title>');
  });

  it('answers OPTIONS on a page itself, and passes API preflights on', async () => {
    const page = await send('OPTIONS', '/projects');
    expect([page.status, page.headers.allow]).toEqual([204, 'GET, HEAD']);
    expect((await send('OPTIONS', '/api/v1/projects')).body).toBe('next');
  });

  it('answers broken percent-encoding with 400 in the format of the address', async () => {
    const page = await send('GET', '/sources/%E0%A4');
    expect([page.status, page.body.includes('<h1>网址无效</h1>')]).toEqual([400, true]);
    const api = await send('GET', '/api/v1/projects/%E0%A4');
    expect([api.status, JSON.parse(api.body)]).toEqual([
      400,
      {
        error: {
          status: 400,
          code: 'invalidParameter',
          parameter: 'path',
          message: 'path: the address has broken percent-encoding',
        },
      },
    ]);
  });

  it('refuses forms sent from another site with 403, and accepts the own address', async () => {
    const foreign = await send(
      'POST',
      '/admin/sign-in',
      { Origin: 'https://evil.example', Host: 'projects.example.gov.cn' },
      'a=1',
    );
    expect([foreign.status, foreign.body.includes('表单只能从本网站提交')]).toEqual([403, true]);
    expect((await send('POST', '/admin/sign-in', { Origin: 'null' }, 'a=1')).status).toBe(403);
    const own = await send('POST', '/admin/sign-in', { Origin: 'https://projects.example.gov.cn' }, 'a=1');
    expect([own.status, reached.length]).toEqual([200, 1]);
    const host = await send('POST', '/admin/sign-in', { Origin: `${base}` }, 'a=1');
    expect(host.status).toBe(200);
  });

  it('refuses bodies over the limit of the address with 413 before reading them', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const form = await send('POST', '/admin/sign-in', { 'Content-Type': 'text/plain' }, big);
    expect([form.status, form.headers.connection, form.body.includes('提交的内容太大')]).toEqual([413, 'close', true]);
    // The import upload takes up to 6 MB of body for its 5 MB file; the apply form (a server action) 1 MB.
    expect((await send('POST', '/admin/import/check', { 'Content-Type': 'text/plain' }, big)).status).toBe(200);
    const huge = await send(
      'POST',
      '/admin/import/check',
      { 'Content-Type': 'text/plain' },
      'x'.repeat(6 * 1024 * 1024 + 1),
    );
    expect(huge.status).toBe(413);
    expect((await send('POST', '/admin/import', { 'Content-Type': 'text/plain' }, big)).status).toBe(413);
  });

  it('refuses a body sent without its length with 411, before Next reads it', async () => {
    const chunked = await send(
      'POST',
      '/admin/projects/x/edit',
      { 'Transfer-Encoding': 'chunked' },
      'x'.repeat(2 * 1024 * 1024),
    );
    expect([chunked.status, reached.length]).toEqual([411, 0]);
  });

  it('refuses a multipart body without a boundary with 400, before Next reads it as a form', async () => {
    const form = await send('POST', '/admin/projects/x/edit', { 'Content-Type': 'multipart/form-data' }, 'x');
    expect([form.status, form.body.includes('无法读取提交的表单'), reached.length]).toEqual([400, true, 0]);
    const good = await send(
      'POST',
      '/admin/projects/x/edit',
      { 'Content-Type': 'multipart/form-data; boundary=abc' },
      '--abc--',
    );
    expect([good.status, reached.length]).toEqual([200, 1]);
  });

  it('drops headers only the server may set before Next sees them', async () => {
    await send('GET', '/api/nothing', {
      'x-portal-path': '//evil.example/phish',
      'x-middleware-subrequest': 'proxy',
      'x-invoke-path': '/admin',
    });
    expect(Object.keys(reached[0].headers).filter((name) => name.startsWith('x-'))).toEqual([]);
  });

  it('sends the security headers on every answer, with a nonce policy only in the workspace', async () => {
    const page = await send('GET', '/');
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    });
    expect(page.headers['content-security-policy']).toMatch(/; script-src 'self'$/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['cross-origin-opener-policy']).toBeUndefined();
    const refused = await send('TRACE', '/');
    expect(refused.headers['x-content-type-options']).toBe('nosniff');

    const first = await send('GET', '/admin');
    expect(first.headers['cross-origin-opener-policy']).toBe('same-origin');
    const nonce = /'nonce-([^']+)'/.exec(String(first.headers['content-security-policy']))?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // Next reads the nonce from the request's copy of the policy.
    expect(reached[0].headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    const second = await send('GET', '/admin');
    expect(second.headers['content-security-policy']).not.toBe(first.headers['content-security-policy']);
  });
});
