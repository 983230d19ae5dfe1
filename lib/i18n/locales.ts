/**
 * The portal's three languages. Simplified Chinese is served at /..., Traditional at
 * /zh-hant/..., the English interface at /en/.... Every public page lives under a `[lang]`
 * route segment (`zh-hans`, `zh-hant`, `en`); next.config.ts rewrites the unprefixed addresses
 * onto `zh-hans`. This module is safe on client and server.
 */
export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hans';

const PREFIX: Record<Lang, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-hant', en: '/en' };

/** The value of the `[lang]` route segment for each language. */
export const LANG_SEGMENTS: Record<Lang, string> = { 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant', en: 'en' };

function langOfSegment(segment: string): Lang | undefined {
  return LANGS.find((lang) => LANG_SEGMENTS[lang] === segment);
}

export function isLangSegment(segment: string): boolean {
  return langOfSegment(segment) !== undefined;
}

/** The language of a `[lang]` segment (the layout refuses any other value). */
export function langFromSegment(segment: string): Lang {
  return langOfSegment(segment) ?? DEFAULT_LANG;
}

/** Name of each language in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** The same page in another language: `path` is a portal path without prefix, e.g. "/sources?x=1". */
export function localePath(lang: Lang, path: string): string {
  const prefix = PREFIX[lang];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}
