import type { Lang } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { loaderReasonMessages } from '@/lib/i18n/messages/loader-reasons';

const stored = loaderReasonMessages['zh-Hans'];
const keys = Object.keys(stored) as (keyof typeof stored)[];

/**
 * A revision's reason in the reader's language when it is the loader's own (按来源报道载入 →
 * "Loaded from the source report"); null when it is someone's own words, shown as written.
 */
export function loaderReasonText(change: { actorRole: string; reason: string }, lang: Lang): string | null {
  if (change.actorRole !== 'loader') return null;
  const key = keys.find((k) => stored[k] === change.reason);
  return key ? pickMessages(lang, loaderReasonMessages)[key] : null;
}
