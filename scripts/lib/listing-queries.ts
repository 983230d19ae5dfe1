import { SECTOR_CODES, STATUS_CODES } from '@/lib/domain/codelists';
import { SYNTHETIC_CHAINS } from '@/lib/synthetic/generate-projects';

/**
 * Listing queries for `npm run bench:search`, a few hundred distinct ones per kind, built from
 * what the synthetic database holds (lib/synthetic/generate-projects.ts): names 示例项目 000001 …,
 * enterprises 示例企业 001 … 500, chains 示例产业链 1 … 4, one shared description, and the pinyin
 * of names and enterprises (shilixiangmu 000001 shiliqiye 001). Each query is a /projects query
 * string as the page parses it.
 */

type Query = Record<string, string>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const range = (count: number, from = 0) => Array.from({ length: count }, (_, i) => from + i);
const DISTINCT = 300;
// Spread n over 1 … projects, so that numbered keywords fall all over the data.
const spread = (i: number, projects: number) => 1 + ((i * 7919) % projects);

const TWO_CHARACTERS = [
  ...range(100).map((n) => pad(n, 2)),
  '示例',
  '例项',
  '项目',
  '企业',
  '产业',
  '业链',
  '合成',
  '测试',
  '数据',
  '性能',
  '基准',
];
const PINYIN_WORDS = ['shilixiangmu', 'xiangmu', 'shiliqiye', 'qiye', 'shili', 'lixiang'];

export function listingQueries(projects: number): Record<string, Query[]> {
  const pages = Math.ceil(projects / 20);
  const filters = SECTOR_CODES.flatMap((sector) => STATUS_CODES.map((status) => ({ sector, status })));
  return {
    'default (pages 1-300)': range(DISTINCT, 1).map((page) => ({ page: String(page) })),
    'page 500-799': range(DISTINCT, 500).map((page) => ({ page: String(page) })),
    'last 300 pages': range(DISTINCT, pages - DISTINCT + 1).map((page) => ({ page: String(page) })),
    'sort investment': range(DISTINCT).map((i) => ({ sort: 'investment', page: String(1 + ((i * 37) % pages)) })),
    'sort date': range(DISTINCT).map((i) => ({ sort: 'date', page: String(1 + ((i * 37) % pages)) })),
    'sector+status': range(DISTINCT).map((i) => ({
      ...filters[i % filters.length],
      page: String(1 + Math.floor(i / filters.length)),
    })),
    'chain/set': range(DISTINCT).map((i): Query =>
      i % 2
        ? { chain: SYNTHETIC_CHAINS[i % SYNTHETIC_CHAINS.length], page: String(1 + i) }
        : { set: i % 4 ? 'key-projects-2023' : 'launch-2023-01-29', page: String(1 + i) },
    ),
    '2 characters': TWO_CHARACTERS.flatMap((q): Query[] => [{ q }, { q, page: '2' }]),
    '3 characters': range(DISTINCT).map((i) => ({ q: pad((i * 337) % 1000, 3) })),
    Traditional: range(DISTINCT).map((i) => ({
      q: i % 2 ? `示例項目 ${pad(spread(i, projects), 6)}` : `項目 ${pad(i, 3)}`,
    })),
    pinyin: range(DISTINCT).map((i): Query =>
      i % 2
        ? { q: `xiangmu ${pad(spread(i, projects), 6)}` }
        : { q: PINYIN_WORDS[i % PINYIN_WORDS.length], page: String(1 + (i % 50)) },
    ),
    'keyword + sort': range(DISTINCT).map((i) => ({
      q: i % 3 ? TWO_CHARACTERS[i % TWO_CHARACTERS.length] : pad(i, 3),
      sort: i % 2 ? 'investment' : 'date',
    })),
  };
}
