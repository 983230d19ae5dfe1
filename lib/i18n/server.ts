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

/** The `[lang]` route segment every public page lives under (proxy.ts maps `/…` to `/zh-hans/…`). */
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

/** The language tools of a page from its params; `path` may be computed from the same params. */
export async function pageI18n<P extends LangParams>(params: Promise<P>, path: string | ((params: P) => string)): Promise<I18n> {
  const resolved = await params;
  return i18nFor(resolved.lang, typeof path === 'string' ? path : path(resolved));
}
