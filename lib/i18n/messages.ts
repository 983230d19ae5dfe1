import { localiseInterface } from '@/lib/i18n/convert';
import type { Lang } from '@/lib/i18n/locales';

/**
 * Interface text is written twice, in Simplified Chinese and English, next to the feature that
 * uses it (lib/i18n/messages/<feature>.ts); Traditional is converted from Simplified.
 */
export type MessageBundle<T> = { 'zh-Hans': T; en: T };

const traditional = new WeakMap<object, unknown>();

export function pickMessages<T extends object>(lang: Lang, bundle: MessageBundle<T>): T {
  if (lang === 'en') return bundle.en;
  if (lang === 'zh-Hans') return bundle['zh-Hans'];
  if (!traditional.has(bundle)) traditional.set(bundle, localiseInterface(bundle['zh-Hans'], 'zh-Hant'));
  return traditional.get(bundle) as T;
}

/** Chinese and English names kept in data (name / nameEn): English where there is one. */
export function pickName(lang: Lang, zh: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : zh;
}
