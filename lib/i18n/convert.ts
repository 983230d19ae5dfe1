import * as OpenCC from 'opencc-js';
import { from as fromLocales, to as toLocales } from 'opencc-js/preset';
import type { Lang } from '@/lib/i18n/locales';

/*
 * Simplified → Traditional, chosen deliberately (tests/unit/traditional-conversion.test.ts):
 *
 * - Base: OpenCC `cn` → `tw`: Taiwan standard characters (長清區, 裡, 臺) with OpenCC's phrase
 *   table for one-to-many characters (幹部, 發展), but NOT `twp`, whose Taiwan vocabulary rewrites
 *   the source's own words (項目 → 專案, 信息 → 資訊).
 * - Source words: the received report is itself written in Traditional. Where OpenCC's phrase
 *   table picks a different word than the report, the report's word is restored (it writes
 *   紅木家具, OpenCC 傢俱). The remaining differences from the received text are single
 *   characters that the received copy keeps from its Simplified original (节后 → 節后 instead of
 *   節後, 位于); those are conversion artefacts, not words, and are written in standard form.
 * - Interface: text the portal writes itself (messages, codelist labels) additionally uses the
 *   Taiwan terms for the web vocabulary it contains, instead of mainland terms (數據, 鏈接).
 *   Content (names, quotes, passages) never goes through this list.
 */
const SOURCE_WORDS: [string, string][] = [['傢俱', '家具']];

const INTERFACE_TERMS: [string, string][] = [
  ['數據', '資料'],
  ['鏈接', '連結'],
  ['搜索', '搜尋'],
  ['登錄', '登入'],
  ['字段', '欄位'],
  ['接口', '介面'],
  ['設置', '設定'],
  ['粘貼', '貼上'],
  ['文件', '檔案'],
];

const content = OpenCC.ConverterFactory(fromLocales.cn, toLocales.tw, [SOURCE_WORDS]);
const interfaceText = OpenCC.ConverterFactory(fromLocales.cn, toLocales.tw, [SOURCE_WORDS, INTERFACE_TERMS]);

/** Content in Traditional: names, quotes, passages, values. */
export function toTraditional(text: string): string {
  return content(text);
}

/** Interface text (messages, codelist labels) in Traditional, with Taiwan web vocabulary. */
export function toTraditionalInterface(text: string): string {
  return interfaceText(text);
}

/**
 * Deep-converts every string of a value for the reader's language: Traditional for zh-Hant,
 * unchanged otherwise. Safe on whole records: OpenCC leaves ASCII (slugs, keys, URLs, ISO
 * dates) as it is. Functions are wrapped so that their results are converted too.
 */
export function localise<T>(value: T, lang: Lang): T {
  return lang === 'zh-Hant' ? convertDeep(value, toTraditional) : value;
}

/** localise() for the portal's own interface text (message bundles). */
export function localiseInterface<T>(value: T, lang: Lang): T {
  return lang === 'zh-Hant' ? convertDeep(value, toTraditionalInterface) : value;
}

function convertDeep<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => convertDeep(fn(...args), convert)) as T;
  }
  if (Array.isArray(value)) return value.map((inner) => convertDeep(inner, convert)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convertDeep(inner, convert)])) as T;
  }
  return value;
}
