import { Prisma, type PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countKinds } from '@/lib/search/kind-counts';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { matchingDocs } from '@/lib/search/match-sql';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { loadShippedDataset } from '../helpers/load';
import { recordingClient } from '../helpers/query-plans';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

// /search counts each kind's matches up to a cap: projects apart, the small kinds in one pass of
// the index, and again one by one when that pass read as far as its limit.
let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

/** Each kind's matches, counted in full, one statement per kind. */
async function countedInFull(q: string) {
  const query = parseSearchQuery(q);
  const counts: number[] = [];
  for (const kind of SEARCH_KINDS) {
    const [{ n }] = await prisma.$queryRaw<{ n: bigint | number }[]>(
      Prisma.sql`SELECT count(*) AS "n" ${matchingDocs(query, kind)}`,
    );
    counts.push(Number(n));
  }
  return counts;
}

async function counted(q: string, cap: number) {
  const { client, statements } = recordingClient(prisma);
  const { found, row } = await countKinds(client, parseSearchQuery(q), SEARCH_KINDS, cap, [Prisma.sql`7 AS "extra"`]);
  return { counts: SEARCH_KINDS.map(found), statements: statements.length, extra: Number(row.extra) };
}

// 项目 matches 3 projects, 2 sets, 13 initiatives, 36 figures and 27 passages of the shipped dataset.
const FULL = [3, 0, 2, 13, 36, 27];

describe('countKinds', () => {
  it('counts every kind in one statement, with the extra columns, when the pass stops short of its limit', async () => {
    expect(await countedInFull('项目')).toEqual(FULL);
    expect(await counted('项目', 1_001)).toEqual({ counts: FULL, statements: 1, extra: 7 });
  });

  it('gives the small kinds exactly when their pass ends below its limit, even past the cap', async () => {
    // 5 small kinds × 16 = 80 > the 78 small matches: the pass read them all.
    expect(await counted('项目', 16)).toEqual({ counts: [3, 0, 2, 13, 36, 27], statements: 1, extra: 7 });
  });

  it('counts the small kinds again one by one, each up to the cap, when the pass reached its limit', async () => {
    // 5 × 10 = 50 < 78: the pass may have stopped before some kind's tenth match.
    expect(await counted('项目', 10)).toEqual({ counts: [3, 0, 2, 10, 10, 10], statements: 2, extra: 7 });
    expect(await counted('项目', 2)).toEqual({ counts: [2, 0, 2, 2, 2, 2], statements: 2, extra: 7 });
  });

  it('counts projects alone in one statement when no small kind is asked', async () => {
    const { client, statements } = recordingClient(prisma);
    const { found } = await countKinds(client, parseSearchQuery('项目'), ['project'], 2);
    expect([found('project'), statements.length]).toEqual([2, 1]);
  });
});
