import { Prisma, type PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { countKinds } from '@/lib/search/kind-counts';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { runSearch } from '@/lib/search/run-search';
import { explainPostgres, planNodes, type PlanNode } from '../helpers/postgres-plans';
import { recordingClient } from '../helpers/query-plans';

// Every search query on PostgreSQL is an index look-up (issue 12 §2): the statements /search runs
// are planned on a few thousand documents after ANALYZE, as PostgreSQL plans them for real, with
// the planner free to choose (no enable_seqscan = off).
let prisma: PrismaClient;
const ROWS = 3_000;
const MARKED = [100, 1_100, 2_100];

beforeAll(async () => {
  prisma = createPrismaClient();
  // Passages of 60 characters drawn from U+4E00–U+4FFF, which holds none of the searched ones;
  // three of them also carry the searched text.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT 4000000000 + n, 'passage', 'plan-' || n, '',
           (SELECT string_agg(chr(19968 + ((n * 7919 + k * 104729) % 4096)), '') FROM generate_series(1, 60) AS k)
             || CASE WHEN n IN (${MARKED.join(', ')}) THEN '长清区双泉镇' ELSE '' END,
           NULL, NULL, ''
    FROM generate_series(1, ${ROWS}) AS n`);
  await prisma.$executeRawUnsafe(`ANALYZE "search_doc"`);
});
afterAll(() => prisma.$disconnect());

/** A statement's plan as its nodes, root first. */
const plan = async (client: Pick<PrismaClient, '$queryRaw'>, statement: Prisma.Sql): Promise<PlanNode[]> =>
  planNodes(await explainPostgres(client, statement));

/** The statements of a search of every kind, what they found, and each statement's plan nodes. */
async function searched(q: string, client: Pick<PrismaClient, '$queryRaw'> = prisma) {
  const { client: recording, statements } = recordingClient(client as PrismaClient);
  const pages = SEARCH_KINDS.map((kind) => ({ kind, offset: 0, limit: 5 }));
  const groups = await runSearch(recording, parseSearchQuery(q), pages);
  const passages = groups.find((g) => g.kind === 'passage')!.hits.map((h) => h.ref);
  return { passages, plans: await Promise.all(statements.map((statement) => plan(client, statement))) };
}

const scans = (plans: PlanNode[][]) =>
  plans.flat().flatMap((n) => (n['Node Type'].endsWith('Scan') ? [`${n['Node Type']} ${n['Index Name'] ?? ''}`] : []));

describe('search query plans on PostgreSQL', () => {
  it.each([
    ['2 characters', '长清', 'search_doc_grams'],
    ['1 character', '镇', 'search_doc_firsts'],
    ['3+ characters', '双泉镇', 'search_doc_trigram'],
    ['a phrase beside a short term', '长清 双泉镇', 'search_doc_grams'],
  ])('%s: a bitmap scan of the GIN index, never a sequential scan', async (_, q, index) => {
    const { passages, plans } = await searched(q);
    expect(passages).toEqual(MARKED.map((n) => `plan-${n}`));
    expect(scans(plans)).toContain(`Bitmap Index Scan ${index}`);
    expect(scans(plans).filter((scan) => scan.startsWith('Seq Scan'))).toEqual([]);
  });

  it('reads search_doc twice to count every kind: projects apart, the other kinds in one pass', async () => {
    const { client, statements } = recordingClient(prisma);
    await countKinds(client, parseSearchQuery('长清'), SEARCH_KINDS, 1_001);
    const reads = (await plan(prisma, statements[0])).filter((n) => n['Relation Name'] === 'search_doc');
    expect(reads).toHaveLength(2);
  });

  it('reads each match of a page once: the matches are the documents, not joined back to them', async () => {
    const { plans } = await searched('双泉镇');
    expect(plans).toHaveLength(2);
    const reads = plans[1].filter((n) => n['Relation Name'] === 'search_doc').map((n) => n['Node Type']);
    expect(reads).toEqual(['Bitmap Heap Scan']);
  });

  it('would show a sequential scan without the index (the check above can fail)', async () => {
    await prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`DROP INDEX "search_doc_grams"`);
          const { plans } = await searched('长清', tx);
          expect(scans(plans)).not.toContain('Bitmap Index Scan search_doc_grams');
          expect(scans(plans)).toContain('Seq Scan ');
          throw new Error('roll back');
        },
        { timeout: 60_000 },
      )
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await searched('长清')).passages).toHaveLength(MARKED.length);
  });
});
