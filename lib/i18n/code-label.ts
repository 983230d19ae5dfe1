import { toTraditionalInterface } from '@/lib/i18n/convert';
import type { Lang } from '@/lib/i18n/locales';

type Codelist = Readonly<Record<string, { zh: string; en: string }>>;

/** The label of a code in the reader's language; an unknown code is shown as it is. */
export function codeLabel(list: Codelist, code: string, lang: Lang): string {
  const labels = list[code];
  if (!labels) return code;
  if (lang === 'en') return labels.en;
  return lang === 'zh-Hant' ? toTraditionalInterface(labels.zh) : labels.zh;
}
