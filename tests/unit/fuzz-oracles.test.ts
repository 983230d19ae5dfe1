import { describe, expect, it } from 'vitest';
import { check } from '../../scripts/fuzz/oracles';
import type { FuzzRequest } from '../../scripts/fuzz/requests';
import type { Outcome } from '../../scripts/fuzz/send';

// The fuzzer's oracles (scripts/fuzz/oracles.ts) on answers written by hand: each must catch
// what it is for and pass what is fine, or `npm run fuzz` proves nothing.

const request: FuzzRequest = { kind: 'page:search', method: 'GET', path: '/search?q=x', headers: {}, token: 'abc1234' };
const html = (body: string, status = 200): Outcome => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const oracles = (outcome: Outcome, req = request) =>
  check(req, outcome, '/srv/portal', (token) => `seed of ${token}`).map((p) => p.oracle);

describe('fuzz oracles', () => {
  it('pass an ordinary page, with the marker escaped', () => {
    expect(oracles(html('<p>没有找到 &lt;x-fuzz-abc1234&gt; &quot;&gt;&lt;svg data-fuzz=abc1234</p>'))).toEqual([]);
  });

  it('catch a marker written raw into HTML, and name who planted it', () => {
    const problems = check(
      request,
      html('<p><x-fuzz-abc1234></p><svg data-fuzz=zzz9999 onload=alert(1)>'),
      '/srv/portal',
      (token) => `seed of ${token}`,
    );
    expect(problems.map((p) => p.oracle)).toEqual(['unescaped-reflection']);
    expect(problems[0].detail).toContain('this request');
    expect(oracles(html('"><svg data-fuzz=zzz9999 onload=alert(1)>'))).toEqual(['unescaped-reflection']);
    expect(
      check(request, html('<svg data-fuzz=zzz9999>'), '/srv/portal', (token) => `seed of ${token}`)[0].detail,
    ).toContain('seed of zzz9999');
  });

  it('pass a raw marker in JSON served as JSON, catch it in JSON served as HTML or with no type', () => {
    const body = '{"error":{"message":"q: <x-fuzz-abc1234>"}}';
    expect(oracles({ status: 400, headers: { 'content-type': 'application/json; charset=utf-8' }, body })).toEqual([]);
    expect(oracles({ status: 400, headers: { 'content-type': 'text/html' }, body })).toEqual(['unescaped-reflection']);
    expect(oracles({ status: 400, headers: {}, body })).toEqual(['unescaped-reflection']);
  });

  it('catch server errors, stack traces and paths inside the server', () => {
    expect(oracles(html('Internal Server Error', 500))).toEqual(['server-error']);
    expect(
      oracles(html('TypeError: x is undefined\n    at render (/srv/portal/.next/server/app/page.js:1:2)')),
    ).toEqual(['stack-trace', 'stack-trace', 'internal-path', 'internal-path']);
    expect(oracles(html('Error: boom\n    at ignore-listed frames'))).toEqual(['stack-trace', 'stack-trace']);
    expect(oracles(html('see node_modules/next/dist/server.js'))).toEqual(['internal-path']);
  });

  it('catch an API error that is not JSON, but not an empty one', () => {
    const api = { ...request, kind: 'api:unknown', path: '/api/v1/nope' };
    expect(oracles(html('<h1>404</h1>', 404), api)).toEqual(['api-not-json']);
    expect(oracles({ status: 431, headers: {}, body: '' }, api)).toEqual([]);
  });

  it('count a refused connection or a timeout as no answer, not a connection the server closed', () => {
    expect(oracles({ status: 0, headers: {}, body: '', error: 'Error: connect ECONNREFUSED 127.0.0.1:3314' })).toEqual([
      'no-answer',
    ]);
    expect(oracles({ status: 0, headers: {}, body: '', error: 'Error: no answer in 60 s' })).toEqual(['no-answer']);
    expect(oracles({ status: 0, headers: {}, body: '', error: 'Error: write EPIPE' })).toEqual([]);
  });
});
