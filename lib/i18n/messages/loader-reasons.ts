import type { MessageBundle } from '@/lib/i18n/messages';

/**
 * The reasons the loader writes into the history: the portal's own words, so each has its
 * English (officials' reasons are their own words and are shown as written).
 */
type LoaderReasons = { fromSource: string; derived: string };

export const loaderReasonMessages: MessageBundle<LoaderReasons> = {
  'zh-Hans': { fromSource: '按来源报道载入', derived: '由已公开数据计算' },
  en: { fromSource: 'Loaded from the source report', derived: 'Computed from published figures' },
};
