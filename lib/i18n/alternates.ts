import type { Metadata } from 'next';
import { LANGS, localePath } from '@/lib/i18n/locales';
import type { I18n } from '@/lib/i18n/server';

/** Canonical URL of this page in its language, hreflang links to the other two, and the site's Atom feed. */
export function alternateLinks(i18n: Pick<I18n, 'lang' | 'path'>): Metadata['alternates'] {
  return {
    canonical: localePath(i18n.lang, i18n.path),
    languages: Object.fromEntries(LANGS.map((lang) => [lang, localePath(lang, i18n.path)])),
    types: { 'application/atom+xml': '/feed.xml' },
  };
}
