import 'server-only';
import { cachedRead } from '@/lib/cache/cached-read';

/**
 * Called by the public layout: puts the public tag on the page being rendered, so that the page
 * is kept until a write revalidates the tag (lib/cache/invalidation.ts). (A tag reaches a page's
 * cache entry through a tagged cached read made while rendering it; this one reads nothing.)
 */
export const tagPublicPage = cachedRead('public-page', async () => 1);

/**
 * `generateStaticParams` of every public route with parameters: nothing at build time (the build
 * has no database), each page rendered on its first visit and then cached (Next's ISR).
 */
export function renderOnFirstVisit(): [] {
  return [];
}
