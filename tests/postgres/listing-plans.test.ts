import { Prisma, type PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { listProjectsWith } from '@/lib/project-list/list-projects';
import { PLAN_LIMITS } from '@/lib/project-list/listing-plan';
import { rebuildSearchIndex } from '@/lib/search/rebuild';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { explainPostgres, planNodes } from '../helpers/postgres-plans';
import { recordingClient } from '../helpers/query-plans';

// The listing's pages on PostgreSQL walk an index in the listing's order, in both directions of
// every sort (tests/integration/listing-plans.test.ts pins SQLite's plans). Planned on a few
// thousand projects after VACUUM ANALYZE, as PostgreSQL plans them for real, with the planner free
// to choose: a page that sorted every published project instead would cost 0.5 s at 1,000,000.
let prisma: PrismaClient;
const ROWS = 4_000;

beforeAll(async () => {
  prisma = createPrismaClient();
  // Rows written straight into the table (the audit triggers off: no history to test here), with
  // every fifth amount and every seventh start date unknown, as in real lists.
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`ALTER TABLE "Project" DISABLE TRIGGER USER`),
    prisma.$executeRawUnsafe(`
      INSERT INTO "Project" ("slug", "name", "sector", "status", "totalInvestment", "startDate", "knownAs", "updatedAt")
      SELECT 'plan-' || n, '计划项目 ' || lpad(n::text, 5, '0'), 'industry', 'planning',
             CASE WHEN n % 5 = 0 THEN NULL ELSE (n * 7919) % 500000 END,
             CASE WHEN n % 7 = 0 THEN NULL ELSE to_char(DATE '2023-01-01' + (n % 365), 'YYYY-MM-DD') END,
             'synthetic', now()
      FROM generate_series(1, ${ROWS}) AS n`),
    prisma.$executeRawUnsafe(`ALTER TABLE "Project" ENABLE TRIGGER USER`),
  ]);
  await rebuildSearchIndex(prisma);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Project"`);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE search_doc`);
});
afterAll(() => prisma.$disconnect());

const plan = (statement: Prisma.Sql) => explainPostgres(prisma, statement);

/** What takes the first page's ids: the node under the statement's first LIMIT, and whether a Sort is below it. */
async function pageWalk(query: Record<string, string>) {
  const { client, statements } = recordingClient(prisma);
  const { total } = await listProjectsWith(client, projectFiltersSchema.parse(query));
  const plans = await Promise.all(statements.map(plan));
  const limits = plans.flatMap(planNodes).filter((node) => node['Node Type'] === 'Limit');
  const below = limits.flatMap((limit) => (limit.Plans ?? []).flatMap(planNodes));
  return {
    total,
    scans: below.flatMap((n) =>
      n['Node Type'].endsWith('Scan') ? [`${n['Node Type']} ${n['Index Name'] ?? ''}`] : [],
    ),
    sorted: below.some((n) => n['Node Type'].includes('Sort')),
  };
}

describe('listing query plans on PostgreSQL', () => {
  it.each([
    ['the default listing (name A–Z)', {}, 'Project_list_name_idx'],
    ['name Z–A', { dir: 'desc' }, 'Project_list_name_idx'],
    ['largest investment first', { sort: 'investment' }, 'Project_list_investment_pg_idx'],
    ['smallest investment first', { sort: 'investment', dir: 'asc' }, 'Project_list_investment_idx'],
    ['latest start first', { sort: 'date' }, 'Project_list_date_pg_idx'],
    ['earliest start first', { sort: 'date', dir: 'asc' }, 'Project_list_date_idx'],
  ])('%s: the first page walks the index in order, not a Sort over a Seq Scan', async (_, query, index) => {
    const walk = await pageWalk(query);
    expect(walk.total).toBe(ROWS);
    expect(walk.scans).toEqual([`Index Only Scan ${index}`]);
    expect(walk.sorted).toBe(false);
  });

  // Every project matches 计划; no list is short enough to read first (drive 0), and the share alone
  // (probeShare 2) never decides: the page walks the name index and checks the keyword on each row,
  // or against the matches read once.
  const KEYWORD = { q: '计划' };
  const keywordPage = async (limits: typeof PLAN_LIMITS) => {
    const { client, statements } = recordingClient(prisma);
    await listProjectsWith(client, projectFiltersSchema.parse(KEYWORD), limits);
    return planNodes(await plan(statements[statements.length - 1])).map(
      (n) => `${n['Node Type']} ${n['Index Name'] ?? ''}`,
    );
  };

  it('checks a keyword row by row along the walk when the page is near (probeWalk)', async () => {
    const steps = await keywordPage({ ...PLAN_LIMITS, drive: 0, probeShare: 2 });
    expect(steps).toContain('Index Only Scan Project_list_name_idx');
    expect(steps).toContain('Index Scan search_doc_pkey');
    expect(steps).not.toContain('Hash Join ');
  });

  it('reads a short list of matches once, in the sizing statement, and the page looks up those ids by key', async () => {
    const { client, statements } = recordingClient(prisma);
    // 0012 is in the names of projects 00012 and 00120–00129.
    const { items, total } = await listProjectsWith(client, projectFiltersSchema.parse({ q: '0012' }));
    expect(total).toBe(11);
    expect(items.map((item) => item.name)).toEqual([
      '计划项目 00012',
      ...Array.from({ length: 10 }, (_, i) => `计划项目 0012${i}`),
    ]);
    expect(statements).toHaveLength(2);
    const [sizing, page] = await Promise.all(statements.map(plan));
    expect(planNodes(sizing).some((n) => n['Relation Name'] === 'search_doc')).toBe(true);
    expect(planNodes(page).some((n) => n['Relation Name'] === 'search_doc')).toBe(false);
    expect(planNodes(page).map((n) => `${n['Node Type']} ${n['Index Name'] ?? ''}`)).toContain(
      'Index Scan Project_pkey',
    );
  });

  it("samples a keyword's share only when its list is long", async () => {
    // How many times the sizing statement's reads of search_doc ran: the list's, then the sample's.
    const sizingReads = async (limits: typeof PLAN_LIMITS) => {
      const { client, statements } = recordingClient(prisma);
      await listProjectsWith(client, projectFiltersSchema.parse({ q: '0012' }), limits);
      return planNodes(await explainPostgres(prisma, statements[0], { analyze: true }))
        .filter((n) => n['Relation Name'] === 'search_doc')
        .map((n) => n['Actual Loops']);
    };
    // 11 matches: a short list (drive 5,000); the sample never runs. The list is read once (the
    // statement refers to it twice, and without MATERIALIZED PostgreSQL read it twice).
    expect(await sizingReads(PLAN_LIMITS)).toEqual([1, 0]);
    // With drive 10 the same list is long, and its share is sampled.
    expect(await sizingReads({ ...PLAN_LIMITS, drive: 10 })).toEqual([1, 1]);
  });

  it('reads the matches once when the walk to the page would be long', async () => {
    const steps = await keywordPage({ ...PLAN_LIMITS, drive: 0, probeShare: 2, probeWalk: 0 });
    // All 4,000 match here, so the planner reads them whole and joins (at 1,000,000, a GIN bitmap).
    expect(steps).toContain('Hash Join ');
    expect(steps).not.toContain('Index Scan search_doc_pkey');
  });
});
