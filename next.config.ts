import type { NextConfig } from 'next';
import { configuredSiteUrl } from './lib/site-url.mts';

/**
 * What a CDN or reverse proxy may do with a public page: keep it for a second, then serve it
 * while asking again in the background. The server itself keeps each page until a write
 * revalidates it (lib/cache/invalidation.ts), so the one second bounds how stale a shared
 * cache in front of it can be. `max-age=0`: browsers ask every time, and get a 304 by ETag.
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60';

/** `?figure=<key>` on a source page: a figure key, as lib/validations/source-page.ts accepts it. */
const FIGURE_QUERY = { type: 'query' as const, key: 'figure', value: '(?<figure>[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+)' };

/**
 * Addresses that are not public pages, so never rewritten onto the language segment: the other
 * languages' segments, the workspace, the API (but /api, its documentation page, is one), Next's
 * assets, and files (feeds, downloads, robots).
 */
const NOT_A_PAGE = '(?!(?:zh-hans|zh-hant|en|admin)(?:/|$)|api/|_next/)(?!.*\\.(?:xml|csv|json|txt|ico|svg|png)$)';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Both are native or engine-bearing packages: keep them out of the server bundle.
  serverExternalPackages: ['@prisma/client', 'better-sqlite3'],
  typedRoutes: false,
  // Rendered pages are kept in memory only, per process: several servers on different database
  // files (tests, benchmarks) share one build folder and must not read each other's pages.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    serverActions: {
      // Forms are accepted from the request's own host and from the public address (SITE_URL,
      // read when the server starts): a reverse proxy may pass on a Host of its own. The front
      // door (server/front-door.mts) refuses every other Origin with a 403 before Next sees it.
      allowedOrigins: [configuredSiteUrl()?.host].filter((host): host is string => Boolean(host)),
      // Server actions carry form fields only (the largest: an editor's assignment checkboxes),
      // never a file: the import upload is the route /admin/import/check, which reads at most
      // 5 MB + framing itself. Next answers an action body over this limit with a 500, so the
      // front door refuses larger workspace bodies with a 413 first (its BODY_LIMIT, the same).
      bodySizeLimit: '1mb',
    },
  },
  /**
   * Every public page lives under the `[lang]` segment, so that each is rendered once per
   * language and cached. `/zh-hant/…` and `/en/…` are that segment already; the unprefixed
   * Simplified Chinese addresses are rewritten onto `/zh-hans/…`, and `/sources/<id>?figure=<key>`
   * onto a path of its own, so that each marked version of a source is cached too. Done here,
   * not in proxy.ts: the router applies these without running code for each request.
   */
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/sources/:id', has: [FIGURE_QUERY], destination: '/zh-hans/sources/:id/cited/:figure' },
        {
          source: '/:lang(zh-hant|en)/sources/:id',
          has: [FIGURE_QUERY],
          destination: '/:lang/sources/:id/cited/:figure',
        },
      ],
      // After files: /favicon.ico, /feed.xml, /sitemap.xml and the other fixed routes win first.
      afterFiles: [
        { source: '/', destination: '/zh-hans' },
        { source: `/:path(${NOT_A_PAGE}.*)`, destination: '/zh-hans/:path' },
      ],
    };
  },
  /** One address per page: the internal segment and the other languages' workspace go to theirs. */
  async redirects() {
    return [
      { source: '/zh-hans', destination: '/', permanent: true },
      { source: '/zh-hans/:path(.*)', destination: '/:path', permanent: true },
      { source: '/:lang(zh-hant|en)/admin', destination: '/admin', permanent: true },
      { source: '/:lang(zh-hant|en)/admin/:path(.*)', destination: '/admin/:path', permanent: true },
    ];
  },
  async headers() {
    return [
      // Every public page and the feeds; not the workspace, the API (own ETags), Next's assets
      // (immutable) or the downloads (own validators).
      { source: '/((?!admin|api/|_next/|data/).*)', headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }] },
    ];
  },
};

export default nextConfig;
