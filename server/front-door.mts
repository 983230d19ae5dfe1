import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORS_HEADERS } from '../lib/api/cors.mts';
import { ANSWERS, apiError, plainPage, type PlainAnswer } from './plain-pages.mts';
import { baseHeaders, newNonce, PUBLIC_POLICY, WORKSPACE_HEADERS, workspacePolicy } from './security-headers.mts';

/**
 * What the portal's server does with a request before Next sees it (server/serve.mts): the checks
 * that Next cannot make, or makes only by failing with a 500. Each is a few string comparisons,
 * so cached pages stay cheap.
 */

export type Kind = 'workspace' | 'api' | 'file' | 'page';

/** Which methods each kind of address answers. The API and files answer CORS preflights. */
const ALLOWED: Record<Kind, readonly string[]> = {
  workspace: ['GET', 'HEAD', 'POST'],
  api: ['GET', 'HEAD', 'OPTIONS'],
  file: ['GET', 'HEAD', 'OPTIONS'],
  page: ['GET', 'HEAD'],
};

const MB = 1024 * 1024;
/** The import form takes files of up to 5 MB (lib/import); the rest of a form is small. */
const IMPORT_BODY_LIMIT = 6 * MB;
const BODY_LIMIT = 1 * MB;
const DRAIN_LIMIT = 64 * MB;

/** Headers that only the server itself may set: a client sending them is ignored. */
const INTERNAL_HEADER = /^(x-portal-|x-middleware-|x-invoke-|x-nextjs-)/;

const FILE = /\.(xml|csv|json|txt|ico|svg|png)$/;

export function kindOf(pathname: string): Kind {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'workspace';
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/data/') || pathname.startsWith('/_next/') || FILE.test(pathname)) return 'file';
  return 'page';
}

function isReadable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Only the import upload (a route, lib/actions/import-upload.ts) takes a file; /admin/import's own form is a server
 * action.
 */
function bodyLimit(pathname: string): number {
  return pathname === '/admin/import/check' ? IMPORT_BODY_LIMIT : BODY_LIMIT;
}

/** A browser always names the page a form was sent from; a form from another site is refused. */
function isForeignOrigin(request: IncomingMessage, siteUrl: URL | null): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame or a privacy setting) or nonsense
  }
  const forwarded = request.headers['x-forwarded-host'];
  const own = [request.headers.host, ...(typeof forwarded === 'string' ? forwarded.split(',') : []), siteUrl?.host];
  return !own.some((candidate) => candidate?.trim() === host);
}

function answer(response: ServerResponse, kind: Kind, plain: PlainAnswer, headers: Record<string, string> = {}): true {
  const api = kind === 'api';
  response.writeHead(plain.status, {
    ...headers,
    ...(api ? CORS_HEADERS : {}),
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(api ? apiError(plain, plain === ANSWERS.badAddress ? 'path' : undefined) : plainPage(plain));
  return true;
}

/**
 * A body larger than the form allows is refused before it is parsed. It is read and thrown away,
 * so that a browser still uploading it is shown the 413 page, not a reset connection; past
 * DRAIN_LIMIT the connection is cut instead.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, kind: Kind): true {
  let received = 0;
  request.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT) request.destroy();
  });
  request.on('end', () => answer(response, kind, ANSWERS.tooLarge, { Connection: 'close' }));
  return true;
}

/** Answers the request itself and returns true, or prepares it for Next and returns false. */
export function frontDoor(request: IncomingMessage, response: ServerResponse, siteUrl: URL | null): boolean {
  for (const name of Object.keys(request.headers)) if (INTERNAL_HEADER.test(name)) delete request.headers[name];
  for (const [name, value] of baseHeaders(siteUrl?.protocol === 'https:')) response.setHeader(name, value);

  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  const kind = kindOf(pathname);
  const method = request.method ?? 'GET';
  const allowed = ALLOWED[kind];

  if (kind === 'workspace') {
    // Next reads the nonce from the request's policy and puts it on its scripts.
    const policy = workspacePolicy(newNonce());
    request.headers['content-security-policy'] = policy;
    response.setHeader('Content-Security-Policy', policy);
    for (const [name, value] of WORKSPACE_HEADERS) response.setHeader(name, value);
  } else if (kind !== 'api') {
    response.setHeader('Content-Security-Policy', PUBLIC_POLICY);
  }

  if (!isReadable(pathname)) return answer(response, kind, ANSWERS.badAddress);
  if (!allowed.includes(method)) {
    if (method === 'OPTIONS') {
      response.writeHead(204, { Allow: allowed.join(', ') }).end();
      return true;
    }
    return answer(response, kind, ANSWERS.method, { Allow: allowed.join(', ') });
  }
  if (method === 'POST') {
    if (isForeignOrigin(request, siteUrl)) return answer(response, kind, ANSWERS.foreignOrigin);
    // Browsers always state a form's length. A body sent without one (chunked) could only be
    // measured by reading it, and Next answers a server action's oversized body with a 500.
    const length = request.headers['content-length'];
    if (length === undefined) return answer(response, kind, ANSWERS.lengthRequired, { Connection: 'close' });
    // Next reads any multipart post as a server action's form, and one without a boundary
    // cannot be read: a browser never sends that.
    const type = request.headers['content-type'] ?? '';
    if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=/i.test(type)) {
      return answer(response, kind, ANSWERS.badForm, { Connection: 'close' });
    }
    if (Number(length) > bodyLimit(pathname)) return refuseBody(request, response, kind);
  }
  return false;
}
