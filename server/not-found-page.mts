import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isClientRendered } from './client-runtime.mts';

/**
 * Next answers notFound() from a server component (a project that does not exist, any unknown
 * address) with 404 and an empty shell that its client runtime fills in, in the browser
 * (vercel/next.js#62228): without JavaScript, and on public pages that are sent without the
 * runtime, nothing would show. The front door puts the same "Page not found", server-rendered by
 * the page app/(public)/[lang]/page-not-found, in its place (server/page-cache.mts).
 */

const LANGUAGE_PREFIX = /^\/(en|zh-hant)(?=\/|$)/;

/** The server-rendered "Page not found" in the language of `pathname`. */
export function notFoundPagePath(pathname: string): string {
  return `${LANGUAGE_PREFIX.exec(pathname)?.[0] ?? ''}/page-not-found`;
}

/** Asked for directly, that page is no page either: it answers 404 too. */
export function isNotFoundPage(pathname: string): boolean {
  return notFoundPagePath(pathname) === pathname;
}

export type PageFetcher = (path: string) => Promise<Buffer | null>;

/** Asks `server` itself for a page, as a client would; null when it is not a server-rendered page. */
export function ownPageFetcher(server: Server): PageFetcher {
  return (path) =>
    new Promise((resolve) => {
      const address = server.address() as AddressInfo | null;
      if (!address) return resolve(null);
      const host = address.address === '::' || address.address === '0.0.0.0' ? 'localhost' : address.address;
      const asked = request(
        { host, port: address.port, path, headers: { host: `localhost:${address.port}` } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const body = Buffer.concat(chunks);
            const html =
              String(answer.headers['content-type']).startsWith('text/html') &&
              !isClientRendered(body.toString('utf8'));
            resolve(html ? body : null);
          });
        },
      );
      asked.on('error', () => resolve(null));
      asked.end();
    });
}
