import { toTraditional } from '@/lib/i18n/convert';
import { searchPinyin } from '@/lib/search/pinyin';
import { SYNTHETIC_CHAINS, syntheticEnterprises, type syntheticProjects } from '@/lib/synthetic/generate-projects';

/**
 * Queries for the benchmarks, all taken from what the synthetic generator writes (示例项目 000123,
 * 示例企业 001, 示例产业链 1, the description, and the pinyin search stores for the names), so
 * every one matches real rows. Each list holds up to LIST_LENGTH distinct queries, cycled
 * through: more than a page type's warm-up and two 5-second runs ask for, so that no query
 * repeats and no copy of a page or cache of query results answers for the server (bench.ts
 * counts repeats in its table).
 */

export const LIST_LENGTH = 5000;

type SyntheticRow = ReturnType<typeof syntheticProjects>[number];

// Every piece of each of the lengths in each word, counted in characters (not UTF-16 units).
function* pieces(words: Iterable<string>, lengths: number[]): Generator<string> {
  for (const word of words) {
    const chars = [...word];
    for (const length of lengths)
      for (let i = 0; i + length <= chars.length; i += 1) yield chars.slice(i, i + length).join('');
  }
}

// Two-term queries; the left term changes fastest, so the first few hundred still vary in both.
function* pairs(left: string[], right: string[]): Generator<string> {
  for (const b of right) for (const a of left) if (a !== b) yield `${a} ${b}`;
}

// One from each source in turn, so a short run still meets every kind of query.
function* interleave(...sources: Iterable<string>[]): Generator<string> {
  let iterators = sources.map((source) => source[Symbol.iterator]());
  while (iterators.length) {
    const live: Iterator<string>[] = [];
    for (const iterator of iterators) {
      const step = iterator.next();
      if (step.done) continue;
      live.push(iterator);
      yield step.value;
    }
    iterators = live;
  }
}

/** Seeded Fisher–Yates shuffle: a short run samples the whole list, the same way on every machine. */
export function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let state = 20230129;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const distinct = (words: Iterable<string>) => [...new Set(words)];
const hanRuns = (text: string) => text.match(/\p{Script=Han}+/gu) ?? [];
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

function firstDistinct(source: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const query of source) if (out.add(query).size === LIST_LENGTH) break;
  return shuffled([...out]);
}

/** Query lists for a synthetic database made of `rows`: listing filter and the four kinds of search. */
export function syntheticQueries(rows: SyntheticRow[]) {
  const enterprises = syntheticEnterprises().map((enterprise) => enterprise.name);
  const names = distinct([...rows.map((row) => row.name), ...enterprises].flatMap(hanRuns));
  const han = distinct([
    ...names,
    ...[...SYNTHETIC_CHAINS, ...distinct(rows.map((row) => row.description))].flatMap(hanRuns),
  ]);
  const numbers = rows.map((row) => row.name.replace(/\D/g, ''));
  const digits = (length: number) => distinct(pieces(numbers, [length]));
  const [bigrams, trigrams] = [2, 3].map((length) => distinct(pieces(han, [length])));
  // Pieces whose Traditional form differs: 项目 → 項目, 产业链 → 產業鏈.
  const traditional = distinct(pieces(han, range(2, 5))).flatMap((word) =>
    toTraditional(word) === word ? [] : [toTraditional(word)],
  );
  // Pinyin is stored for project and enterprise names only, word by word (示例项目 000123 → shilixiangmu 000123).
  const pinyinWords = names.map(searchPinyin);
  const pinyin = distinct(pieces(pinyinWords, range(3, Math.max(...pinyinWords.map((word) => word.length)))));
  return {
    // The listing matches project names, industry chains and enterprise names literally.
    listing: firstDistinct(
      interleave(distinct([...names, ...SYNTHETIC_CHAINS.flatMap(hanRuns)]), enterprises, digits(4)),
    ),
    twoCharacters: firstDistinct(
      interleave(bigrams, digits(2), pairs(bigrams, digits(2)), pairs(bigrams, bigrams), pairs(digits(2), digits(2))),
    ),
    threeCharacters: firstDistinct(interleave(trigrams, digits(3), pairs(trigrams, digits(3)))),
    traditional: firstDistinct(interleave(traditional, pairs(traditional, digits(3)))),
    pinyin: firstDistinct(interleave(pinyin, pairs(pinyin, pinyin))),
  };
}
