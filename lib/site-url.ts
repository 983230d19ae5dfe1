import { z } from 'zod';

/** Public address of the portal, for canonical links, sitemaps and feeds (SITE_URL, default localhost). */
export function siteUrl(): URL {
  const port = z.coerce.number().int().min(1).max(65535).catch(3000).parse(process.env.PORT);
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(process.env.SITE_URL);
  return new URL(parsed.success ? parsed.data : `http://localhost:${port}`);
}
