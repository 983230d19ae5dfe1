import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url.mts';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  };
}
