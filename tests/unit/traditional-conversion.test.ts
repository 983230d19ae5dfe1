import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTraditional, toTraditionalInterface } from '@/lib/i18n/convert';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { cleanReport, stripPinyin } from '@/lib/sources/clean-text';

const RAW = readFileSync('data/sources/000_647d815747856aa0.txt', 'utf8');

/** Each character where Traditional converted from the cleaned text differs from the received text. */
function roundTripDifferences(): string[] {
  const received = RAW.split(/\r?\n/).map((line) => stripPinyin(line.trim()));
  const differences = new Set<string>();
  for (const paragraph of cleanReport(RAW).paragraphs) {
    const back = [...toTraditional(paragraph)];
    const original = received.find(
      (line) => [...line].length === back.length && [...line].filter((c, i) => c !== back[i]).length < back.length / 10,
    );
    expect(original, paragraph).toBeDefined();
    [...original!].forEach((c, i) => {
      if (c !== back[i]) differences.add(`${c}→${back[i]}`);
    });
  }
  return [...differences].sort();
}

describe('Traditional content keeps the source’s own words', () => {
  it('紅木家具 stays 家具 (OpenCC alone writes 傢俱)', () => {
    expect(toTraditional('智诚慧家高档红木家具标准车间建设项目')).toBe('智誠慧家高檔紅木家具標準車間建設項目');
  });

  it('round trip of the whole report: the only differences are single characters the received copy kept from Simplified', () => {
    // 节后 → 節後, 位于 → 位於 …: the received text is a machine conversion of a Simplified original
    // (its original was published in Simplified), which leaves these mainland characters in Traditional text.
    expect(roundTripDifferences()).toEqual(
      [
        '么→麼',
        '于→於',
        '余→餘',
        '沖→衝',
        '制→製',
        '占→佔',
        '布→佈',
        '干→幹',
        '后→後',
        '征→徵',
        '松→鬆',
        '系→係',
        '系→繫',
        '范→範',
      ].sort(),
    );
  });

  it('content keeps mainland vocabulary that is the source’s own (信息庫), interface text does not', () => {
    expect(toTraditional('资源库、信息库')).toBe('資源庫、信息庫');
    expect(toTraditional('数据')).toBe('數據');
  });
});

describe('Traditional interface uses Taiwan web vocabulary', () => {
  it('數據 and 鏈接 become 資料 and 連結', () => {
    expect(toTraditionalInterface('数据详情，链接到原句')).toBe('資料詳情，連結到原句');
  });

  it('no message bundle shows 數據 or 鏈接 in Traditional', () => {
    for (const file of readdirSync('lib/i18n/messages')) {
      const text = toTraditionalInterface(readFileSync(`lib/i18n/messages/${file}`, 'utf8'));
      expect(text, file).not.toMatch(/數據|鏈接/);
    }
  });

  it('pickMessages converts with the interface vocabulary', () => {
    const zh = JSON.stringify(layoutMessages['zh-Hans']);
    expect(zh).toMatch(/数据/);
    expect(JSON.stringify(pickMessages('zh-Hant', layoutMessages))).not.toMatch(/數據/);
  });
});
