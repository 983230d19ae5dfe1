import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { runSearch } from '@/lib/search/run-search';
import { withDatabaseUrl } from '@/lib/sql/dialect';
import { loadShippedDataset } from '../helpers/load';
import { createMigratedDatabase } from '../helpers/migrate';

// Same semantics on both engines (issue 12 §2): the shipped dataset loaded into SQLite (FTS5) and
// PostgreSQL (GIN), and every query below answered alike — counts, hits and their order. The code
// picks its SQL by DATABASE_URL at each call, so the SQLite side runs with it pointed at SQLite.
const SQLITE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'portal-parity-')), 'parity.db')}`;

let sqlite: PrismaClient;
let postgres: PrismaClient;
beforeAll(async () => {
  sqlite = await withDatabaseUrl(SQLITE_URL, async () => {
    createMigratedDatabase(SQLITE_URL.slice('file:'.length));
    return loadShippedDataset();
  });
  postgres = await loadShippedDataset();
});
afterAll(async () => {
  await sqlite.$disconnect();
  await postgres.$disconnect();
});

const PAGES = SEARCH_KINDS.map((kind) => ({ kind, offset: 0, limit: 50 }));
const answer = (prisma: PrismaClient, q: string) => runSearch(prisma, parseSearchQuery(q), PAGES);

// From the search suites, and what might read differently: LIKE's wildcards and escape, quotes,
// case, punctuation, digits, a term with a space-free run across words, Traditional input, pinyin.
const WRITTEN = [
  ...['红木', '二期', '康养', '环保', '智能家居', '压力容器', '紅木家具', '壓力容器', 'hongmu', 'beichen', 'RunFeng'],
  ...[
    '98.8',
    '1283.6',
    '133',
    '集中开工',
    '招商引资精准发力',
    '红木 二期',
    '压力容器 润丰',
    '二期 压力容器',
    '二期 压力器',
  ],
  ...[
    '红',
    '区',
    '项',
    '镇',
    '长',
    '1',
    '2023',
    '亿元',
    '万元',
    '。',
    '，',
    '、',
    '（',
    '“',
    '"',
    '*',
    "'",
    '%',
    '_',
    '\\',
  ],
  ...[
    '5%',
    '%5',
    '1_',
    '_1',
    'a\\b',
    '100%',
    '%%%',
    '___',
    'a%b',
    'a_b',
    'AND',
    'OR',
    'NEAR(红木 二期)',
    'a"b',
    '-红木',
  ],
  ...['Smart', 'SMART', 'smart home', 'Changqing', 'chang qing', 'shandong', 'youxiangongsi', 'gongsi', 'g', 'zz'],
  ...['😀', '\u0301', '\u0000', '红'.repeat(200), '长清区', '长清区 项目', '项目 长 区', '重点项目', '重点 项目'],
];

/** Pieces of the dataset's own text, 1 to 6 characters, from positions spread over all of it. */
async function sampled(): Promise<string[]> {
  const docs = await postgres.$queryRawUnsafe<{ text: string }[]>(
    `SELECT "title" || ' ' || "body" AS "text" FROM "search_doc" ORDER BY "id"`,
  );
  const chars = [...docs.map((d) => d.text).join(' ')];
  const step = Math.floor(chars.length / 240);
  return Array.from({ length: 240 }, (_, i) => chars.slice(i * step, i * step + 1 + (i % 6)).join(''));
}

describe('search on PostgreSQL and SQLite', () => {
  it('answers written queries alike', async () => {
    let hits = 0;
    for (const q of WRITTEN) {
      const [expected, actual] = [
        await withDatabaseUrl(SQLITE_URL, () => answer(sqlite, q)),
        await answer(postgres, q),
      ];
      expect(actual, JSON.stringify(q)).toEqual(expected);
      hits += expected.reduce((n, g) => n + g.hits.length, 0);
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('answers pieces of the dataset alike', async () => {
    const queries = await sampled();
    let found = 0;
    for (const q of queries) {
      const [expected, actual] = [
        await withDatabaseUrl(SQLITE_URL, () => answer(sqlite, q)),
        await answer(postgres, q),
      ];
      expect(actual, JSON.stringify(q)).toEqual(expected);
      if (expected.some((g) => g.total > 0)) found += 1;
    }
    expect(found).toBeGreaterThan(queries.length / 2);
  });
});
