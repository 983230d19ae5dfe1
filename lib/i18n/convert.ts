import * as OpenCC from 'opencc-js';
import type { Lang } from '@/lib/i18n/locales';

// Simplified → Traditional with Taiwan standard characters (長清區), without swapping vocabulary.
const simplifiedToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

export function toTraditional(text: string): string {
  return simplifiedToTraditional(text);
}

/**
 * Deep-converts every string of a value for the reader's language: Traditional for zh-Hant,
 * unchanged otherwise. Safe on whole records: OpenCC leaves ASCII (slugs, keys, URLs, ISO
 * dates) as it is. Functions are wrapped so that their results are converted too.
 */
export function localise<T>(value: T, lang: Lang): T {
  return lang === 'zh-Hant' ? convertDeep(value) : value;
}

function convertDeep<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => convertDeep(fn(...args))) as T;
  }
  if (Array.isArray(value)) return value.map(convertDeep) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convertDeep(inner)])) as T;
  }
  return value;
}
