import type { MetadataRoute } from 'next';
import { fetchSitemapEntries } from '@/lib/data/sitemap';
import { LANGS, localePath } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site-url';

// Read at request time like every page: officials add projects at any time.
export const dynamic = 'force-dynamic';

/** Every public page in each of the three languages, with hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const paths = await fetchSitemapEntries();
  const absolute = (path: string) => new URL(path, base).toString();
  return paths.map(({ path, lastModified }) => ({
    url: absolute(path),
    lastModified,
    alternates: { languages: Object.fromEntries(LANGS.map((lang) => [lang, absolute(localePath(lang, path))])) },
  }));
}
