import type { MetadataRoute } from 'next';
import { ADMIN_HREF } from '@/lib/links';
import { siteUrl } from '@/lib/site-url.mts';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [ADMIN_HREF] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
