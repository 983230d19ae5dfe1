import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { withAudit } from '@/lib/revisions/with-audit';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { runSearch } from '@/lib/search/run-search';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { onPostgres } from '@/lib/sql/dialect';
import { loadShippedDataset } from '../helpers/load';
import { queryPlan, recordingClient } from '../helpers/query-plans';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

let prisma: PrismaClient;
const ADMIN = { actor: { role: 'admin' as const, id: 1, name: '管理员' }, reason: '测试', sourceRef: null };
const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop'; // 智能家居及高档红木家具标准车间建设项目

beforeAll(async () => {
  prisma = await loadShippedDataset();
  // Created in the opposite order of relevance, so that index (id) order would list them backwards.
  const names = {
    'rank-contains': '展示红木家具的车间',
    'rank-prefix-cheng': '红木家具城',
    'rank-prefix-chanye': '红木家具产业园',
    'rank-exact': '红木家具',
    'rank-latin-contains': 'XYZABC产业园',
    'rank-latin-exact': 'ABC产业园',
  };
  await withAudit(prisma, ADMIN, async (tx) => {
    for (const [slug, name] of Object.entries(names))
      await tx.project.create({ data: { slug, name, knownAs: 'official' } });
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

async function projectRefs(q: string, offset = 0, limit = 20) {
  const [group] = await runSearch(prisma, parseSearchQuery(q), [{ kind: 'project', offset, limit }], ['project']);
  return { total: group.total, refs: group.hits.map((hit) => hit.ref) };
}

describe('search results ranked by relevance within each kind', () => {
  it('lists the exact name first, then names that start with the query (by name), then other matches in index order', async () => {
    const ranked = ['rank-exact', 'rank-prefix-chanye', 'rank-prefix-cheng', ZHICHENG, 'rank-contains'];
    expect(await projectRefs('红木家具')).toEqual({ total: 5, refs: ranked });
    // A 2-character query (the 2-character-piece index): three names start with it, in name order.
    expect(await projectRefs('红木')).toEqual({
      total: 5,
      refs: ['rank-exact', 'rank-prefix-chanye', 'rank-prefix-cheng', ZHICHENG, 'rank-contains'],
    });
    // Traditional input is the same query once converted.
    expect(await projectRefs('紅木家具')).toEqual({ total: 5, refs: ranked });
    const { groups } = await searchEverythingWith(prisma, { q: '红木家具', type: undefined, page: 1 });
    expect(groups.find((g) => g.kind === 'project')!.hits.map((h) => h.ref)).toEqual(ranked);
  });

  it('compares names without regard to the case of Latin letters (trigram queries too)', async () => {
    expect(await projectRefs('abc产业园')).toEqual({ total: 2, refs: ['rank-latin-exact', 'rank-latin-contains'] });
  });

  it('pages through the ranked list: a page may end among the names and go on with the other matches', async () => {
    expect(await projectRefs('红木家具', 0, 2)).toEqual({ total: 5, refs: ['rank-exact', 'rank-prefix-chanye'] });
    expect(await projectRefs('红木家具', 1, 1)).toEqual({ total: 5, refs: ['rank-prefix-chanye'] });
    expect(await projectRefs('红木家具', 2, 2)).toEqual({ total: 5, refs: ['rank-prefix-cheng', ZHICHENG] });
    expect(await projectRefs('红木家具', 3, 5)).toEqual({ total: 5, refs: [ZHICHENG, 'rank-contains'] });
    expect(await projectRefs('红木家具', 5, 5)).toEqual({ total: 5, refs: [] });
  });

  // SQLite's plan; on PostgreSQL tests/postgres/search-plans.test.ts checks the index look-ups.
  it.skipIf(onPostgres())(
    'reads named documents from a range of search_doc_title_rank and the rest from the FTS index in order',
    async () => {
      const { client, statements } = recordingClient(prisma);
      await runSearch(client, parseSearchQuery('红木家具'), [{ kind: 'project', offset: 2, limit: 2 }], ['project']);
      const named = 'd USING COVERING INDEX search_doc_title_rank (kind=? AND <expr>>? AND <expr><?)';
      const plans = await Promise.all(statements.map((statement) => queryPlan(prisma, statement)));
      expect(plans).toEqual([
        [
          'SCAN CONSTANT ROW',
          'SCALAR SUBQUERY 2',
          'CO-ROUTINE capped',
          'SCAN m VIRTUAL TABLE INDEX 0:M3><',
          'SCAN capped',
          'SCALAR SUBQUERY 4',
          'CO-ROUTINE capped',
          `SEARCH ${named}`,
          'SCAN capped',
        ],
        [
          'CO-ROUTINE hits',
          'COMPOUND QUERY',
          'LEFT-MOST SUBQUERY',
          'CO-ROUTINE named',
          `SEARCH ${named.replace('COVERING INDEX', 'INDEX')}`,
          'SCAN named',
          'UNION ALL',
          'CO-ROUTINE matched',
          'SCAN m VIRTUAL TABLE INDEX 64:M3><',
          'SEARCH d USING INTEGER PRIMARY KEY (rowid=?)',
          'SCAN matched',
          'SCAN hits',
          'USE TEMP B-TREE FOR ORDER BY',
        ],
      ]);
    },
  );
});
