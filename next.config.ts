import type { NextConfig } from 'next';

/**
 * What a CDN or reverse proxy may do with a public page: keep it for a second, then serve it
 * while asking again in the background. The server itself keeps each page until a write
 * revalidates it (lib/cache/invalidation.ts), so the one second bounds how stale a shared
 * cache in front of it can be. `max-age=0`: browsers ask every time, and get a 304 by ETag.
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Both are native or engine-bearing packages: keep them out of the server bundle.
  serverExternalPackages: ['@prisma/client', 'better-sqlite3'],
  typedRoutes: false,
  // Rendered pages are kept in memory only, per process: several servers on different database
  // files (tests, benchmarks) share one build folder and must not read each other's pages.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [
      // Every public page and the feeds; not the workspace, the API (own ETags), Next's assets
      // (immutable) or the downloads (own validators).
      { source: '/((?!admin|api/|_next/|data/).*)', headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }] },
    ];
  },
};

export default nextConfig;
