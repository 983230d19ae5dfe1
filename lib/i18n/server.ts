import 'server-only';
import { localise } from '@/lib/i18n/convert';
import { langFromSegment, localePath, type Lang } from '@/lib/i18n/locales';

export type I18n = {
  lang: Lang;
  /** The current page's path and query, without language prefix. */
  path: string;
  /** A portal path in the reader's language. */
  href: (path: string) => string;
  /** Data text in the reader's script (Traditional for zh-Hant). */
  localise: <T>(value: T) => T;
};

/** The `[lang]` route segment every public page lives under (next.config.ts rewrites `/…` onto `/zh-hans/…`). */
export type LangParams = { lang: string };

/**
 * The language tools of one public page. The language comes from the path (a route segment),
 * never from request headers or cookies, so that pages can be rendered once and cached; the
 * page states its own language-free path (with the query it depends on) for the language
 * switch, canonical and alternate links.
 */
export function i18nFor(segment: string, path: string): I18n {
  const lang = langFromSegment(segment);
  return { lang, path, href: (target) => localePath(lang, target), localise: (value) => localise(value, lang) };
}

/** The language tools of a page from its params (detail pages: lib/pages/detail-loader.ts). */
export async function pageI18n(params: Promise<LangParams>, path: string): Promise<I18n> {
  return i18nFor((await params).lang, path);
}
