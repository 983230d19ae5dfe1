import { z } from 'zod';

/**
 * The portal's public address, from SITE_URL, or null when it is not set (or not an http(s)
 * address). No imports beyond zod, so that the server's front door (server/) shares it.
 */
export function configuredSiteUrl(): URL | null {
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(process.env.SITE_URL);
  return parsed.success ? new URL(parsed.data) : null;
}

/**
 * The address canonical links, sitemaps, feeds, citations and open-data ids are written with.
 * Without SITE_URL it is this machine's own address, which `npm start` warns about (server/serve.mts).
 */
export function siteUrl(): URL {
  const port = z.coerce.number().int().min(1).max(65535).catch(3000).parse(process.env.PORT);
  return configuredSiteUrl() ?? new URL(`http://localhost:${port}`);
}
