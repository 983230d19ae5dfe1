import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { expirePublicCopies, publicEpoch } from '../lib/cache/public-epoch.mts';
import { isClientRendered, withoutClientRuntime } from './client-runtime.mts';
import { kindOf } from './front-door.mts';
import { holdResponse } from './held-response.mts';
import { isNotFoundPage, notFoundPagePath, type PageFetcher } from './not-found-page.mts';
import { ANSWERS, plainPage } from './plain-pages.mts';
import { CLIENT_RENDERED_POLICY } from './security-headers.mts';

/**
 * What the front door does with public pages after Next renders them:
 * - removes Next's client runtime from their HTML (server/client-runtime.mts), then compresses
 *   them itself (Next is asked for them uncompressed);
 * - keeps a copy of each page (issue 8: cached pages at half a bare server's speed). Next keeps
 *   every public page without a query string in its own cache, but answering a hit still runs
 *   its whole request pipeline, about 1 ms of CPU per page; a listing or search is rendered
 *   afresh each time, 10–30 ms. A copy is answered from memory until the data generation moves
 *   on (lib/cache/public-epoch.mts): every audited write moves it, so no copy outlives the data
 *   it shows.
 *
 * Kept: a GET answered 200 with a public, shared-cacheable `Cache-Control` (next.config.ts gives
 * every public page one) and no cookie. Pages with a query string (a listing, a search: their
 * HTML depends on the address alone) are kept apart, in a quarter of the memory, so that
 * visitors' many distinct queries never push out the pages without one; the most asked ones
 * stay (a news story's link, a filter everyone uses). Never kept: the workspace, the API, files,
 * Next's router requests.
 */

type Copy = { epoch: number; headers: OutgoingHttpHeaders; body: Buffer; gzipped?: Buffer };

/** Requests that Next answers differently from a plain page view. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'range',
];
/** Set afresh on every answer (Node adds Date, length and the connection's own; a copy says X-Cache: HIT). */
const NOT_KEPT = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'x-nextjs-cache',
]);
const SHAREABLE = /(^|,)\s*public\s*(,|$)/;
const LARGEST_COPY = 2 * 1024 * 1024;
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml))/;
const SMALLEST_COMPRESSED = 1024;

/** Copies up to a number of bytes, the least recently used dropped first. */
class Copies {
  readonly #copies = new Map<string, Copy>();
  #bytes = 0;
  // Node runs this file by stripping its types, which allows no parameter properties.
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.#copies.size;
  }

  /** The copy of this generation, now the most recently used; an older one is dropped. */
  current(key: string, epoch: number): Copy | undefined {
    const copy = this.#copies.get(key);
    if (copy === undefined) return undefined;
    this.#drop(key, copy);
    if (copy.epoch !== epoch) return undefined;
    this.keep(key, copy);
    return copy;
  }

  keep(key: string, copy: Copy): void {
    const old = this.#copies.get(key);
    if (old) this.#drop(key, old);
    this.#copies.set(key, copy);
    this.#bytes += copy.body.length;
    for (const [oldestKey, oldest] of this.#copies) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(oldestKey, oldest);
    }
  }

  #drop(key: string, copy: Copy): void {
    this.#copies.delete(key);
    this.#bytes -= copy.body.length;
  }
}

/** The share of memory for pages with a query string. */
const QUERY_SHARE = 4;

export class PageCache {
  readonly #paths: Copies;
  readonly #queries: Copies;
  /** Where the server-rendered "Page not found" comes from (server/not-found-page.mts). */
  readonly #notFoundPage: PageFetcher;

  constructor(maxBytes: number, notFoundPage: PageFetcher) {
    this.#queries = new Copies(Math.floor(maxBytes / QUERY_SHARE));
    this.#paths = new Copies(maxBytes - this.#queries.maxBytes);
    this.#notFoundPage = notFoundPage;
  }

  /** How many pages are kept: without a query string, and with one. */
  get size(): { paths: number; queries: number } {
    return { paths: this.#paths.size, queries: this.#queries.size };
  }

  /** Answers a public page from its copy and returns true; or prepares Next's answer, and returns false. */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    const method = request.method;
    const url = request.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query === -1 ? url : url.slice(0, query);
    if ((method !== 'GET' && method !== 'HEAD') || kindOf(pathname) !== 'page') return false;
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    delete request.headers['accept-encoding'];
    const copies = ROUTER_HEADERS.some((name) => name in request.headers)
      ? null
      : query === -1
        ? this.#paths
        : this.#queries;
    const epoch = publicEpoch();
    const copy = copies?.current(url, epoch);
    if (copy) {
      answer(request, response, copy, gzip);
      return true;
    }
    holdResponse(response, (sent) => {
      if (isNotFoundPage(pathname)) response.statusCode = 404;
      const html = String(response.getHeader('content-type') ?? '').startsWith('text/html')
        ? sent.toString('utf8')
        : null;
      if (html !== null && isClientRendered(html)) return this.#inPlaceOfShell(pathname, response, sent, gzip);
      const body = html === null ? sent : Buffer.from(withoutClientRuntime(html));
      if (copies !== null && method === 'GET' && isShareable(response, body) && publicEpoch() === epoch) {
        copies.keep(url, { epoch, headers: keptHeaders(response.getHeaders()), body });
      }
      return method === 'HEAD' ? body : encoded(response, body, gzip);
    });
    return false;
  }

  /**
   * In place of Next's shell: the server-rendered "Page not found", or for a server error the
   * plain "Sorry, there is a problem" page (the details are in the log); failing those, the
   * shell itself, with the policy that lets its scripts draw it.
   */
  async #inPlaceOfShell(pathname: string, response: ServerResponse, shell: Buffer, gzip: boolean): Promise<Buffer> {
    const status = response.statusCode;
    const page =
      status === 404
        ? await this.#notFoundPage(notFoundPagePath(pathname))
        : status >= 500
          ? Buffer.from(plainPage(ANSWERS.serverError))
          : null;
    if (page === null) response.setHeader('content-security-policy', CLIENT_RENDERED_POLICY);
    return encoded(response, page ?? shell, gzip);
  }
}

/**
 * A write moves the generation on as it commits, but Next applies the revalidation it asked for
 * only later in the same request: a page asked for in between may still come from Next's old
 * copy. So when a request that wrote ends, the generation moves on once more.
 */
export function expireAgainAfterWrite(response: ServerResponse): void {
  const before = publicEpoch();
  response.on('close', () => {
    if (publicEpoch() !== before) expirePublicCopies();
  });
}

function isShareable(response: ServerResponse, body: Buffer): boolean {
  const cacheControl = String(response.getHeader('cache-control') ?? '');
  return (
    response.statusCode === 200 &&
    body.length <= LARGEST_COPY &&
    SHAREABLE.test(cacheControl) &&
    cacheControl.includes('s-maxage=') &&
    response.getHeader('set-cookie') === undefined
  );
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';');
    return (
      (coding === 'gzip' || coding === '*') && !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter))
    );
  });
}

function keptHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_KEPT.has(name)));
}

/** Compressed when the client takes gzip and it is worth it; headers set on `response` to say so. */
function encoded(response: ServerResponse, body: Buffer, gzip: boolean, compressed?: () => Buffer): Buffer {
  if (
    !gzip ||
    body.length < SMALLEST_COMPRESSED ||
    !COMPRESSIBLE.test(String(response.getHeader('content-type') ?? ''))
  )
    return body;
  const vary = String(response.getHeader('vary') ?? '');
  if (!/accept-encoding/i.test(vary)) response.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  response.setHeader('content-encoding', 'gzip');
  return compressed ? compressed() : gzipSync(body);
}

/** As Next would: 304 when the client holds this version, headers only for HEAD. */
function answer(request: IncomingMessage, response: ServerResponse, copy: Copy, gzip: boolean): void {
  for (const [name, value] of Object.entries(copy.headers)) if (value !== undefined) response.setHeader(name, value);
  response.setHeader('x-cache', 'HIT');
  const etag = copy.headers.etag;
  if (etag !== undefined && request.headers['if-none-match'] === etag) {
    response.writeHead(304).end();
    return;
  }
  const body = encoded(response, copy.body, gzip, () => (copy.gzipped ??= gzipSync(copy.body)));
  response.writeHead(200, { 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}
