import 'server-only';
import { headers } from 'next/headers';
import { localise } from '@/lib/i18n/convert';
import { DEFAULT_LANG, isLang, localePath, type Lang } from '@/lib/i18n/locales';

// Set by proxy.ts on every page request (kept in sync with LANG_HEADER / PATH_HEADER there).
const LANG_HEADER = 'x-portal-lang';
const PATH_HEADER = 'x-portal-path';

export type I18n = {
  lang: Lang;
  /** The current page's path and query, without language prefix. */
  path: string;
  /** A portal path in the reader's language. */
  href: (path: string) => string;
  /** Data text in the reader's script (Traditional for zh-Hant). */
  localise: <T>(value: T) => T;
};

export async function getI18n(): Promise<I18n> {
  const requestHeaders = await headers();
  const raw = requestHeaders.get(LANG_HEADER);
  const lang = isLang(raw) ? raw : DEFAULT_LANG;
  const path = requestHeaders.get(PATH_HEADER) ?? '/';
  return { lang, path, href: (target) => localePath(lang, target), localise: (value) => localise(value, lang) };
}
