import type { SitemapEntry } from '@/lib/data/sitemap';
import { LANGS, localePath } from '@/lib/i18n/locales';

/**
 * Sitemaps XML (sitemaps.org 0.9) written as text: a part is tens of thousands of <url>, and
 * joining strings is the fastest way to write them. Every page appears once per language, each
 * <url> naming all three versions as hreflang alternates, itself included (as search engines ask).
 */

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

// Addresses are percent-encoded (lib/links.ts), so escaping is almost never needed: test first.
const escapeXml = (text: string) =>
  /[&<>"']/.test(text)
    ? text
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;')
        .replaceAll("'", '&apos;')
    : text;

const lastmod = (date: Date | null) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

/** A <urlset> of `entries`, each in every language, with absolute addresses on `base`. */
export function urlsetXml(entries: SitemapEntry[], base: URL): string {
  const lines: string[] = [];
  // Paths are absolute: the address is the origin and the path (what new URL(path, base) gives,
  // without parsing 30,000 URLs).
  for (const { path, lastModified } of entries) {
    const hrefs = LANGS.map((lang) => [lang, escapeXml(`${base.origin}${localePath(lang, path)}`)] as const);
    const alternates = hrefs
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
      .join('');
    const tail = `${lastmod(lastModified)}${alternates}</url>\n`;
    for (const [, href] of hrefs) lines.push(`<url><loc>${href}</loc>${tail}`);
  }
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${lines.join('')}</urlset>\n`;
}

/** A <sitemapindex> of the parts' addresses. */
export function indexXml(locations: string[], lastModified: Date | null): string {
  const items = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc>${lastmod(lastModified)}</sitemap>\n`);
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('')}</sitemapindex>\n`;
}
