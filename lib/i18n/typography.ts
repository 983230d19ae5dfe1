import type { Lang } from '@/lib/i18n/locales';

/**
 * Punctuation that joins a label to its value, or one clause to the next: full-width in Chinese,
 * Latin with a space in English ("When: …; Role: …", never "When：…；Role："); the same for brackets.
 */
export function punctuation(lang: Lang): { colon: string; semicolon: string; open: string; close: string } {
  return lang === 'en'
    ? { colon: ': ', semicolon: '; ', open: ' (', close: ')' }
    : { colon: '：', semicolon: '；', open: '（', close: '）' };
}

/**
 * The `lang` of data that stays Chinese on every page (names, quotes, source titles): set on
 * English pages so that screen readers read it as Chinese; unset elsewhere, where the page's
 * own language already says so (a Traditional page shows the data converted).
 */
export function dataLang(lang: Lang): 'zh-Hans' | undefined {
  return lang === 'en' ? 'zh-Hans' : undefined;
}

const HAN = /\p{Script=Han}/u;

/**
 * The `lang` of words kept as someone wrote them (an official's reason, evidence or value) on a
 * page of `lang`: Chinese words on an English page are marked zh-Hans; words in the page's own
 * language (an English reason, a date, a number) need no mark.
 */
export function writtenLang(text: string, lang: Lang): 'zh-Hans' | undefined {
  return lang === 'en' && HAN.test(text) ? 'zh-Hans' : undefined;
}
