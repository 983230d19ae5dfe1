import { sitemapIndexXml } from '@/lib/sitemap/parts';
import { sitemapResponse } from '@/lib/sitemap/respond';

/** The sitemap index: its parts are /sitemap/<section>-<n>.xml (lib/sitemap/parts.ts). */
export async function GET(request: Request) {
  return sitemapResponse(request, 'index', (dataUpdatedAt) => sitemapIndexXml(dataUpdatedAt));
}

export { GET as HEAD };
