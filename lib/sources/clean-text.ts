import * as OpenCC from 'opencc-js';

/**
 * Cleaning of a received news report into the portal's canonical text.
 * The report carries pinyin readings after some characters (區(qū)) and page chrome
 * at the end (編輯:…, - 熱點推薦, - 相關(guān)閱讀); neither may reach a page.
 */

// A CJK character followed by a parenthesised latin syllable: tone-marked (qū) or plain (de).
const PINYIN_ANNOTATION = /(\p{Script=Han})\((?:[a-zA-Zü\u00C0-\u024F\u0300-\u036F]+)\)/gu;

/** Exported so tests and the loader check for leftovers with the same definition. */
export const PINYIN_ANNOTATION_TEST = /\p{Script=Han}\([a-zA-Zü\u00C0-\u024F\u0300-\u036F]+\)/u;

const CHROME_LINE = /^-\s*(熱點推薦|热点推荐|相關閱讀|相关阅读)\s*$/;
const EDITOR_LINE = /^(?:編輯|编辑)\s*[:：]\s*(.+)$/;

export function stripPinyin(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '$1');
}

// "tw" (not "t") so that 著 becomes 着 where mainland usage writes 着 (随着, 着力, 着手).
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function toSimplifiedChinese(text: string): string {
  return toSimplified(text);
}

export type CleanedReport = {
  /** Body paragraphs in order, pinyin removed, converted to Simplified Chinese. */
  paragraphs: string[];
  /** Name from the 編輯: line, in Simplified Chinese; null if the report has none. */
  editor: string | null;
  /** The paragraphs joined by newlines: the Source's cleanText. */
  cleanText: string;
};

export function cleanReport(raw: string): CleanedReport {
  const paragraphs: string[] = [];
  let editor: string | null = null;
  for (const line of raw.split(/\r?\n/)) {
    const text = toSimplifiedChinese(stripPinyin(line.trim()));
    if (text === '' || CHROME_LINE.test(text)) continue;
    const editorMatch = EDITOR_LINE.exec(text);
    if (editorMatch) {
      editor = editorMatch[1].trim();
      continue;
    }
    paragraphs.push(text);
  }
  return { paragraphs, editor, cleanText: paragraphs.join('\n') };
}
