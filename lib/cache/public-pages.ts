import 'server-only';
import { unstable_cache } from 'next/cache';
import { PUBLIC_TAG } from '@/lib/cache/tags';

/**
 * Called by the public layout: puts PUBLIC_TAG on the page being rendered, so that the page is
 * kept until a write revalidates the tag (lib/cache/invalidation.ts). (A tag reaches a page's
 * cache entry through a tagged cached read made while rendering it; this one caches nothing but
 * the tag.)
 */
export const tagPublicPage: () => Promise<number> = unstable_cache(async () => 1, ['public-page'], { tags: [PUBLIC_TAG] });

/**
 * `generateStaticParams` of every public route with parameters: nothing at build time (the build
 * has no database), each page rendered on its first visit and then cached (Next's ISR).
 */
export function renderOnFirstVisit(): [] {
  return [];
}
