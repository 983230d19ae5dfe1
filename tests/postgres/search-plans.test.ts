import { Prisma, type PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { countKinds } from '@/lib/search/kind-counts';
import { SEARCH_KINDS } from '@/lib/search/kinds';
import { walkedDocsIn } from '@/lib/search/match-sql';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { runSearch } from '@/lib/search/run-search';
import { explainPostgres, planNodes, type PlanNode } from '../helpers/postgres-plans';
import { recordingClient } from '../helpers/query-plans';

// Every search query on PostgreSQL is an index look-up (issue 12 §2): the statements /search runs
// are planned on a few thousand documents after ANALYZE, as PostgreSQL plans them for real, with
// the planner free to choose (no enable_seqscan = off).
let prisma: PrismaClient;
const MARKED = [100, 1_100, 2_100];
// Past the first 2,500 project ids that a common term's page walks (run-search.ts), and still
// more than COUNT_CAP projects (of 4,000).
const LATE = 2_600;

beforeAll(async () => {
  prisma = createPrismaClient();
  // Documents of 60 characters drawn from U+4E00–U+4FFF, which holds none of the searched ones;
  // three of each kind also carry the searched text. Passages stand for the small kinds (their
  // own indexes) and projects for the large one. Every project also says 计划书, a common term
  // (more matches than COUNT_CAP), and those past LATE say 后段文 as well.
  const documents = (kind: string, block: number, rows: number, extra: string) => `
    INSERT INTO "search_doc" ("id", "kind", "ref", "title", "body", "extra", "pinyin_source", "pinyin")
    SELECT ${block} + n, '${kind}', 'plan-' || n, '',
           (SELECT string_agg(chr(19968 + ((n * 7919 + k * 104729) % 4096)), '') FROM generate_series(1, 60) AS k)
             || CASE WHEN n IN (${MARKED.join(', ')}) THEN '长清区双泉镇' ELSE '' END || ${extra},
           NULL, NULL, ''
    FROM generate_series(1, ${rows}) AS n`;
  await prisma.$executeRawUnsafe(documents('passage', 4_000_000_000, 3_000, `''`));
  await prisma.$executeRawUnsafe(
    documents('project', 6_000_000_000, 4_000, `'计划书' || CASE WHEN n > ${LATE} THEN '后段文' ELSE '' END`),
  );
  await prisma.$executeRawUnsafe(`ANALYZE "search_doc"`);
});
afterAll(() => prisma.$disconnect());

/** A statement's plan as its nodes, root first. */
const plan = async (client: Pick<PrismaClient, '$queryRaw'>, statement: Prisma.Sql, analyze = false) =>
  planNodes(await explainPostgres(client, statement, { analyze }));

/** The statements of a search of every kind, what they found, and each statement's plan nodes. */
async function searched(q: string, client: Pick<PrismaClient, '$queryRaw'> = prisma, analyze = false) {
  const { client: recording, statements } = recordingClient(client as PrismaClient);
  const pages = SEARCH_KINDS.map((kind) => ({ kind, offset: 0, limit: 5 }));
  const groups = await runSearch(recording, parseSearchQuery(q), pages);
  const refs = (kind: string) => groups.find((g) => g.kind === kind)!.hits.map((h) => h.ref);
  return {
    passages: refs('passage'),
    projects: refs('project'),
    plans: await Promise.all(statements.map((statement) => plan(client, statement, analyze))),
  };
}

const scans = (plans: PlanNode[][]) =>
  plans.flat().flatMap((n) => (n['Node Type'].endsWith('Scan') ? [`${n['Node Type']} ${n['Index Name'] ?? ''}`] : []));

describe('search query plans on PostgreSQL', () => {
  it.each([
    ['2 characters', '长清', 'search_doc_grams'],
    ['1 character', '镇', 'search_doc_firsts'],
    ['3+ characters', '双泉镇', 'search_doc_trigram'],
    ['a phrase beside a short term', '长清 双泉镇', 'search_doc_grams'],
  ])('%s: bitmap scans of the GIN index, never a sequential scan', async (_, q, index) => {
    const { passages, projects, plans } = await searched(q);
    expect(passages).toEqual(MARKED.map((n) => `plan-${n}`));
    expect(projects).toEqual(MARKED.map((n) => `plan-${n}`));
    // Projects through the index of every document, the other kinds through their own.
    expect(scans(plans)).toContain(`Bitmap Index Scan ${index}`);
    expect(scans(plans)).toContain(`Bitmap Index Scan ${index}_other`);
    expect(scans(plans).filter((scan) => scan.startsWith('Seq Scan'))).toEqual([]);
  });

  // How many times each read of search_doc ran in the page's statement, in plan order: the walk
  // of the first ids, then the read on through the index (0: never).
  const pageReads = (plans: PlanNode[][]) =>
    plans[plans.length - 1].filter((n) => n['Relation Name'] === 'search_doc').map((n) => n['Actual Loops']);

  it.each([
    ['3+ characters', '计划书'],
    ['2 characters', '计划'],
  ])("%s: pages a common term by walking the kind's first ids in order, reading no further", async (_, q) => {
    const { projects, plans } = await searched(q, prisma, true);
    expect(projects).toEqual(['plan-1', 'plan-2', 'plan-3', 'plan-4', 'plan-5']);
    expect(pageReads(plans)).toEqual([1, 0]);
    expect(scans([plans[plans.length - 1]])[0]).toBe('Index Scan search_doc_pkey');
  });

  it.each([
    ['3+ characters', '双泉镇'],
    ['2 characters', '长清'],
  ])('%s: the walk checks each document in a form no index serves', async (_, q) => {
    // Over every id, the planner would take the GIN index for so rare a term if it could: the walk
    // must not, or at a million documents it reads the term's whole list before the first id.
    const walk = Prisma.sql`SELECT m."id" ${walkedDocsIn(parseSearchQuery(q), { lo: 0, hi: 9_000_000_000 })}`;
    const used = scans([await plan(prisma, walk)]);
    expect(used.filter((scan) => scan.includes('search_doc_') && !scan.includes('search_doc_pkey'))).toEqual([]);
  });

  it('reads on through the index when the first ids hold too few matches', async () => {
    const { projects, plans } = await searched('计划书 后段文', prisma, true);
    expect(projects).toEqual([1, 2, 3, 4, 5].map((n) => `plan-${LATE + n}`));
    expect(pageReads(plans)).toEqual([1, 1]);
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
    // Two kinds have hits: passages and projects, one read each.
    const reads = plans[1].filter((n) => n['Relation Name'] === 'search_doc').map((n) => n['Node Type']);
    expect(reads).toEqual(['Bitmap Heap Scan', 'Bitmap Heap Scan']);
  });

  it('would show no scan of the index without it (the check above can fail)', async () => {
    await prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`DROP INDEX "search_doc_grams"`);
          await tx.$executeRawUnsafe(`DROP INDEX "search_doc_grams_other"`);
          const { plans } = await searched('长清', tx);
          expect(scans(plans).filter((scan) => scan.includes('search_doc_grams'))).toEqual([]);
          throw new Error('roll back');
        },
        { timeout: 60_000 },
      )
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await searched('长清')).passages).toHaveLength(MARKED.length);
  });
});
