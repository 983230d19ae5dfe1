import { toTraditionalInterface } from '@/lib/i18n/convert';
import type { Lang } from '@/lib/i18n/locales';

// zhHant: a Traditional name given in the list (a place name OpenCC would write wrongly).
type Codelist = Readonly<Record<string, { zh: string; en: string; zhHant?: string }>>;

/** The label of a code in the reader's language; an unknown code is shown as it is. */
export function codeLabel(list: Codelist, code: string, lang: Lang): string {
  const labels = list[code];
  if (!labels) return code;
  if (lang === 'en') return labels.en;
  if (lang === 'zh-Hant') return labels.zhHant ?? toTraditionalInterface(labels.zh);
  return labels.zh;
}
