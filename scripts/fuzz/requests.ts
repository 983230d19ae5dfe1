import fc from 'fast-check';
import type { FormContext } from './form-context';
import { formPosts } from './form-posts';
import { headerSafe, hostileText } from './hostile';
import { routeKinds } from './routes';
import type { FuzzTargets } from './targets';

/** One generated request, exactly as sent; `token` is the marker its hostile values carry. */
export type FuzzRequest = {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  token: string;
  variant?: string;
};

const METHODS = fc.oneof(
  { weight: 8, arbitrary: fc.constant('GET') },
  { weight: 4, arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH') },
);

// Built once: fast-check compiles the pattern each time it is built (tens of milliseconds).
const HEADER_NAME = fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/);

/** Headers a client or an attacker may send: foreign origins and hosts, Next's own, caching, ranges, huge ones. */
function headerArb(token: string): fc.Arbitrary<Record<string, string>> {
  const text = hostileText(token);
  const pair = fc.oneof(
    {
      weight: 10,
      arbitrary: fc.constantFrom<[string, string]>(
        ['x-portal-path', '//evil.example/phish'],
        ['origin', 'https://evil.example'],
        ['origin', 'null'],
        ['x-forwarded-host', 'evil.example'],
        ['host', 'evil.example'],
        ['x-forwarded-proto', 'javascript'],
        ['rsc', '1'],
        ['next-router-prefetch', '1'],
        ['x-middleware-subrequest', 'middleware'],
        ['accept', 'application/json'],
        ['accept', 'text/x-component'],
        ['accept', '*/*'],
        ['accept-encoding', 'gzip'],
        ['accept-encoding', 'br'],
        ['accept-encoding', 'deflate'],
        ['accept-encoding', 'identity;q=0, *;q=0'],
        ['if-none-match', '*'],
        ['if-none-match', 'W/"x"'],
        ['if-modified-since', 'Thu, 01 Jan 1970 00:00:00 GMT'],
        ['if-modified-since', 'not a date'],
        ['if-modified-since', 'Fri, 31 Dec 9999 23:59:59 GMT'],
        ['range', 'bytes=0-0'],
        ['range', 'bytes=-1'],
        ['range', 'bytes=5-2'],
        ['range', 'bytes=0-1,3-4'],
        ['range', 'bytes=999999999-'],
        ['range', 'items=1-2'],
        ['content-type', 'application/json'],
        ['content-type', 'multipart/form-data'],
        ['content-type', 'text/plain'],
      ),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'cookie',
            'user-agent',
            'referer',
            'accept-language',
            'x-forwarded-for',
            'next-router-state-tree',
            'next-action',
            'next-url',
            'if-none-match',
            'range',
          ),
          text,
        )
        .map(([name, value]) => [name, name === 'cookie' ? `portal_session=${value}` : value]),
    },
    // Around Node's 16 KB limit of all headers together: under it answered by the app, over it a 431.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constant('x-fuzz-big'), fc.integer({ min: 1_000, max: 40_000 }))
        .map(([name, size]) => [name, 'a'.repeat(size)]),
    },
    { weight: 2, arbitrary: fc.tuple(HEADER_NAME, text) },
  );
  return fc
    .array(pair, { maxLength: 3 })
    .map((pairs) => Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), headerSafe(value)])));
}

const bodyArb = (token: string) =>
  fc.option(
    hostileText(token).map((text) => Buffer.from(text)),
    { freq: 3 },
  );

/**
 * Any request carrying this token in its markers: one of the route kinds with a random method,
 * headers and sometimes a body, or a post to one of the forms; every kind as likely as the
 * others. Only the chosen kind's generator is built (building all of them for every request
 * would cost more than sending it).
 */
export function requestArb(
  targets: FuzzTargets,
  forms: FormContext,
  writes: boolean,
): (token: string) => fc.Arbitrary<FuzzRequest> {
  type Build = (token: string, headers: fc.Arbitrary<Record<string, string>>) => fc.Arbitrary<FuzzRequest>;
  const routes = routeKinds(targets).map(
    (route): Build =>
      (token, headers) =>
        fc.tuple(route.path(token), METHODS, headers, bodyArb(token)).map(([path, method, extra, body]) => ({
          kind: route.kind,
          method,
          path,
          headers: extra,
          token,
          ...(body && method !== 'GET' && method !== 'HEAD' && { body }),
        })),
  );
  const posts = formPosts(forms, targets, writes).map(
    (form): Build =>
      (token, headers) =>
        fc
          .tuple(form.post(token), headers)
          .map(([post, extra]) => ({ ...post, headers: { ...extra, ...post.headers }, token })),
  );
  const kinds = [...routes, ...posts];
  return (token) => {
    const headers = headerArb(token);
    return fc.constantFrom(...kinds).chain((build) => build(token, headers));
  };
}
