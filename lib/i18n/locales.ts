/**
 * The portal's three languages. Simplified Chinese is served at /..., Traditional at
 * /zh-hant/..., the English interface at /en/.... Every public page lives under a `[lang]`
 * route segment (`zh-hans`, `zh-hant`, `en`); proxy.ts rewrites the unprefixed addresses onto
 * `zh-hans`. This module is safe on client and server.
 */
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hans';

const PREFIX: Record<Lang, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-hant', en: '/en' };

/** The value of the `[lang]` route segment for each language. */
export const LANG_SEGMENTS: Record<Lang, string> = { 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant', en: 'en' };

export function isLangSegment(segment: string): boolean {
  return LANGS.some((lang) => LANG_SEGMENTS[lang] === segment);
}

/** The language of a `[lang]` segment (the layout refuses any other value). */
export function langFromSegment(segment: string): Lang {
  return LANGS.find((lang) => LANG_SEGMENTS[lang] === segment) ?? DEFAULT_LANG;
}

/** Name of each language in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The same page in another language: `path` is a portal path without prefix, e.g. "/sources?x=1". */
export function localePath(lang: Lang, path: string): string {
  const prefix = PREFIX[lang];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** Splits a visible pathname into its language and the portal path. */
export function splitLocale(pathname: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    const prefix = PREFIX[lang];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) {
      return { lang, path: pathname.slice(prefix.length) || '/' };
    }
  }
  return { lang: DEFAULT_LANG, path: pathname };
}
