import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataLang, punctuation } from '@/lib/i18n/typography';

const FULL_WIDTH = /[：；，。（）、！？]/u;
const dir = path.resolve(import.meta.dirname, '../../lib/i18n/messages');

// Message functions take counts, dates, names or an object of them: the first kind that fits is used.
const record: unknown = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => 2 : 2) });
const SAMPLES: unknown[][] = [
  [2, 3, 4],
  ['2023-01-29', '2023-06-30', 'x'],
  [record, record],
];

function callWithSamples(message: (...args: unknown[]) => unknown): unknown {
  for (const args of SAMPLES) {
    try {
      return message(...args);
    } catch {
      // Not this kind of argument: try the next.
    }
  }
  throw new Error(`no sample fits ${message.toString().slice(0, 80)}`);
}

/** Every English string of a bundle, message functions called with sample arguments. */
function englishTexts(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value === 'function')
    return englishTexts(callWithSamples(value as (...args: unknown[]) => unknown), `${where}()`);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => englishTexts(inner, `${where}.${key}`));
  return [];
}

describe('English interface text', () => {
  it('uses Latin punctuation in every message, never full-width (“When：…；Role：”)', async () => {
    const found: string[] = [];
    let scanned = 0;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const bundles = (await import(path.join(dir, file))) as Record<string, { en?: unknown }>;
      for (const [name, bundle] of Object.entries(bundles)) {
        if (!bundle || typeof bundle !== 'object' || !('en' in bundle)) continue;
        for (const [where, text] of englishTexts(bundle.en, `${file}:${name}`)) {
          scanned += 1;
          if (FULL_WIDTH.test(text)) found.push(`${where}: ${text}`);
        }
      }
    }
    expect(found).toEqual([]);
    expect(scanned).toBeGreaterThan(300);
    // Importing every bundle loads the OpenCC converter: seconds on a busy machine.
  }, 30_000);

  it('joins labels and clauses with the punctuation of the page language', () => {
    expect(punctuation('en')).toEqual({ colon: ': ', semicolon: '; ', open: ' (', close: ')' });
    expect(punctuation('zh-Hans')).toEqual({ colon: '：', semicolon: '；', open: '（', close: '）' });
    expect(punctuation('zh-Hant')).toEqual({ colon: '：', semicolon: '；', open: '（', close: '）' });
  });

  it('marks Chinese data as zh-Hans on English pages only', () => {
    expect([dataLang('en'), dataLang('zh-Hans'), dataLang('zh-Hant')]).toEqual(['zh-Hans', undefined, undefined]);
  });
});
