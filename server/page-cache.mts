import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { expirePublicCopies, publicEpoch } from '../lib/cache/public-epoch.mts';
import { kindOf } from './front-door.mts';

/**
 * The front door's copies of public pages (issue 8: cached pages at half a bare server's speed).
 * Next keeps every public page in its own cache, but answering a hit still runs its whole request
 * pipeline, about 1 ms of CPU per page. Here a page Next has sent once is answered from memory,
 * byte for byte, until the data generation moves on (lib/cache/public-epoch.mts): every audited
 * write moves it, so no copy outlives the data it shows.
 *
 * Kept: a GET of an address without a query string, answered 200 by Next with a public,
 * shared-cacheable `Cache-Control` (next.config.ts gives every public page one) and no cookie.
 * Never kept: the workspace, the API, files, query-string pages (a listing per visitor's query
 * would only push pages out), Next's router requests, ranges, anything else.
 */

type Copy = { epoch: number; status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** Requests that Next answers differently from a plain page view. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range'];
/** Set afresh on every answer (Node adds Date and the connection's own; a copy says X-Cache: HIT). */
const NOT_KEPT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-nextjs-cache']);
const SHAREABLE = /(^|,)\s*public\s*(,|$)/;
const LARGEST_PAGE = 2 * 1024 * 1024;

export class PageCache {
  readonly #copies = new Map<string, Copy>();
  #bytes = 0;

  /** Node runs this file by stripping its types, which allows no parameter properties. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.#copies.size;
  }

  /** Answers from a copy and returns true; or watches Next's answer to keep it, and returns false. */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    const method = request.method;
    const url = request.url ?? '/';
    if ((method !== 'GET' && method !== 'HEAD') || url.includes('?') || kindOf(url) !== 'page') return false;
    if (ROUTER_HEADERS.some((name) => name in request.headers)) return false;
    // Next compresses for clients that accept it: each way of asking has its own copy.
    const key = `${url}\n${request.headers['accept-encoding'] ?? ''}`;
    const copy = this.#copies.get(key);
    const epoch = publicEpoch();
    if (copy && copy.epoch === epoch) {
      // Most recently used last: the oldest are dropped first when memory runs out.
      this.#copies.delete(key);
      this.#copies.set(key, copy);
      answer(request, response, copy);
      return true;
    }
    if (copy) this.#drop(key, copy);
    if (method === 'GET') this.#watch(key, epoch, response);
    return false;
  }

  #watch(key: string, epoch: number, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > LARGEST_PAGE) return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      size += buffer.length;
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse['end'];
    response.on('finish', () => {
      const headers = response.getHeaders();
      const cacheControl = String(headers['cache-control'] ?? '');
      const keep =
        response.statusCode === 200 &&
        size <= LARGEST_PAGE &&
        SHAREABLE.test(cacheControl) &&
        /s-maxage=/.test(cacheControl) &&
        headers['set-cookie'] === undefined &&
        publicEpoch() === epoch;
      if (keep) this.#keep(key, { epoch, status: 200, headers: keptHeaders(headers), body: Buffer.concat(chunks) });
    });
  }

  #keep(key: string, copy: Copy): void {
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

function keptHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_KEPT.has(name)));
}

/** As Next would: 304 when the client holds this version, headers only for HEAD. */
function answer(request: IncomingMessage, response: ServerResponse, copy: Copy): void {
  const etag = copy.headers.etag;
  if (etag !== undefined && request.headers['if-none-match'] === etag) {
    response.writeHead(304, copy.headers).end();
    return;
  }
  response.writeHead(copy.status, { ...copy.headers, 'content-length': copy.body.length, 'x-cache': 'HIT' });
  response.end(request.method === 'HEAD' ? undefined : copy.body);
}
