// The portal's production server (`npm start`, `npm run serve`): Next's request handler behind the
// front door (server/front-door.mts), which answers what Next cannot (unsupported methods, broken
// addresses, oversized bodies, forms from other sites) and adds the security headers.
// Run by Node 24 directly (type stripping), so imports name their .ts files.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { trustedProxyHops } from '../lib/auth/proxy-hops.mts';
import { configuredSiteUrl } from '../lib/site-url.mts';
import { frontDoor } from './front-door.mts';
import { gracefulStop } from './graceful-stop.mts';
import { ownPageFetcher } from './not-found-page.mts';
import { expireAgainAfterWrite, PageCache } from './page-cache.mts';

const port = Number.parseInt(process.env.PORT ?? '3000', 10);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
// HOST, not HOSTNAME: shells set HOSTNAME to the machine's name. Unset: every interface.
const hostname = process.env.HOST || undefined;

const siteUrl = configuredSiteUrl();
if (!siteUrl) {
  console.warn(
    [
      '',
      `WARNING: SITE_URL is ${process.env.SITE_URL ? `not an http(s) address ("${process.env.SITE_URL}")` : 'not set'}.`,
      `Canonical links, feeds, sitemaps, citations and open-data ids will name http://localhost:${port},`,
      'which readers elsewhere cannot open. Set the public address, for example:',
      '  SITE_URL=https://projects.example.gov.cn npm start',
      '',
    ].join('\n'),
  );
}

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stopping.onRequest(request, response);
  if (frontDoor(request, response, siteUrl) || pages.serve(request, response)) return;
  if (request.method === 'POST') expireAgainAfterWrite(response);
  void handle(request, response);
});
// Behind a balancer (npm run cluster sets TRUSTED_PROXY_HOPS), which keeps connections to this
// instance open and reuses them: keep an idle one longer than the balancer does, so that it is
// never closed here as a request is sent on it, and drain them on stop (server/graceful-stop.mts).
const behindBalancer = trustedProxyHops() > 0;
if (behindBalancer) server.keepAliveTimeout = 75_000;
const stopping = gracefulStop(server, { drainMs: behindBalancer ? 4_000 : 0 });
/**
 * Public pages without Next's client runtime, and copies of them (server/page-cache.mts); the least recently used go
 * first.
 */
const pages = new PageCache(128 * 1024 * 1024, ownPageFetcher(server));
server.listen(port, hostname, () => console.log(`Serving the portal on http://${hostname ?? 'localhost'}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopping.stop());
