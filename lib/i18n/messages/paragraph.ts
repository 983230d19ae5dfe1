import type { MessageBundle } from '@/lib/i18n/messages';

/**
 * The one way a paragraph of a source is referred to, everywhere (links to a sentence, the
 * source's text, search results, citations notes): 第21段 / paragraph 21, with 来源 / Source
 * in front where the link does not name the source already.
 */
export const paragraphMessages: MessageBundle<{ paragraph: (n: number) => string; inSource: (n: number) => string }> = {
  'zh-Hans': { paragraph: (n) => `第${n}段`, inSource: (n) => `来源第${n}段` },
  en: { paragraph: (n) => `paragraph ${n}`, inSource: (n) => `Source, paragraph ${n}` },
};
