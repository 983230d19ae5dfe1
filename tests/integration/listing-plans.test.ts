import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma, PrismaClient } from '@prisma/client';
import { iterateProjectsWith, listProjectsWith } from '@/lib/project-list/list-projects';
import { countWithoutTownWith, listChainsWith } from '@/lib/project-list/listing-options';
import { PLAN_LIMITS, type PlanLimits } from '@/lib/project-list/listing-plan';
import { projectFiltersSchema } from '@/lib/validations/project-filters';
import { loadShippedDataset } from '../helpers/load';
import { queryPlan, recordingClient } from '../helpers/query-plans';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

/**
 * How SQLite runs each statement of the project listing (EXPLAIN QUERY PLAN, printed and pinned):
 * the sort's own index or a short list of ids, never a scan of the Project table. The test
 * database is small, so plan limits force the plans a large database gets.
 */

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const LARGE: PlanLimits = { ...PLAN_LIMITS, drive: 0, probeShare: 0 }; // every list large, and the keyword in most rows
// Every list large, the keyword in few rows.
const LARGE_SPARSE: PlanLimits = { ...PLAN_LIMITS, drive: 0, probeShare: 2 };

async function explained(label: string, statements: Prisma.Sql[]) {
  const plans = await Promise.all(statements.map((statement) => queryPlan(prisma, statement)));
  console.log(`${label}\n${plans.map((plan) => `  ${plan.join('\n  ')}`).join('\n  --\n')}`);
  for (const step of plans.flat()) expect(step).not.toMatch(/^SCAN p\b/);
  return plans;
}

/** The plans of the statements one listing read runs. */
async function plans(query: Record<string, string>, limits?: PlanLimits) {
  const { client, statements } = recordingClient(prisma);
  await listProjectsWith(client, projectFiltersSchema.parse(query), limits);
  return explained(`${JSON.stringify(query)} ${JSON.stringify(limits ?? 'default limits')}`, statements);
}

const walk = (index: string) => `SEARCH p USING COVERING INDEX ${index} (published=?)`;
// The page's rows, read by primary key and joined once the page's ids are known.
const ROWS = [
  'SCAN pg',
  'SEARCH p USING INTEGER PRIMARY KEY (rowid=?)',
  'SEARCH e USING INDEX sqlite_autoindex_Enterprise_1 (id=?) LEFT-JOIN',
  'USE TEMP B-TREE FOR ORDER BY',
];
const COUNT = ['SCAN CONSTANT ROW', 'SCALAR SUBQUERY 1'];
const SEEK = 'SEARCH p USING COVERING INDEX Project_list_name_idx (published=? AND name>?)';
// The outline of a deep page (listing-outline.ts): one walk of the sort's index, every step-th row kept.
const OUTLINE = (index: string) => [
  'CO-ROUTINE o',
  'CO-ROUTINE (subquery-3)',
  walk(index),
  'SCAN (subquery-3)',
  'SCAN o',
  'USE TEMP B-TREE FOR ORDER BY',
];
const MEMBERS = 'SEARCH sm USING COVERING INDEX sqlite_autoindex_SetMembership_1 (setId=?)';
const MEMBER = 'sm USING COVERING INDEX sqlite_autoindex_SetMembership_1 (setId=? AND projectId=?)';
const BIGRAMS = 'SCAN m VIRTUAL TABLE INDEX 0:M1><';
const TRIGRAMS = 'SCAN m VIRTUAL TABLE INDEX 0:M3><';
// The statement before a read with a keyword: its matches counted, and those among the first ids.
// The sizing statement (listing-plan.ts): the list counted once into "sized", then the keyword's
// share sampled (only when the list is long; the plan shows the subquery either way).
const measured = (fts: string) => [
  'MATERIALIZE sized',
  'SCAN CONSTANT ROW',
  'SCALAR SUBQUERY 2',
  'CO-ROUTINE capped',
  fts,
  'SCAN capped',
  'SCAN sized',
  'SCALAR SUBQUERY 5',
  fts,
];

describe('query plans of the project listing', () => {
  it('walks the index of each sort for the page, and counts from the narrow index', async () => {
    for (const [sort, index] of [
      ['name', 'Project_list_name_idx'],
      ['investment', 'Project_list_investment_idx'],
      ['date', 'Project_list_date_idx'],
    ]) {
      expect(await plans({ sort, page: '2', pageSize: '1' })).toEqual([
        ['CO-ROUTINE pg', walk(index), ...ROWS],
        [...COUNT, walk('Project_published_idx')],
      ]);
      // Past the last row: counted, nothing read.
      expect(await plans({ sort, page: '500' })).toEqual([[...COUNT, walk('Project_published_idx')]]);
    }
  });

  it('starts a deep page from the outline with a seek in the sort index, not a walk from the start', async () => {
    // A mark every row, so that the shipped three projects have marks to seek from.
    expect(await plans({ sort: 'name', page: '3', pageSize: '1' }, { ...PLAN_LIMITS, outlineStep: 1 })).toEqual([
      [...COUNT, walk('Project_published_idx')],
      OUTLINE('Project_list_name_idx'),
      ['CO-ROUTINE pg', SEEK, ...ROWS],
    ]);
  });

  it('walks the same index backwards for the reverse direction, unknown values still last (no sort)', async () => {
    for (const [sort, index] of [
      ['name', 'Project_list_name_idx'],
      ['investment', 'Project_list_investment_idx'],
      ['date', 'Project_list_date_idx'],
    ]) {
      const dir = sort === 'name' ? 'desc' : 'asc';
      expect(await plans({ sort, dir, page: '2', pageSize: '1' })).toEqual([
        ['CO-ROUTINE pg', walk(index), ...ROWS],
        [...COUNT, walk('Project_published_idx')],
      ]);
    }
  });

  it('checks sector and status inside the same index', async () => {
    // The count is shared by every order of the filters (lib/data/projects.ts caches it): it walks the name index.
    expect(await plans({ sector: 'industry', status: 'underConstruction', sort: 'investment' })).toEqual([
      ['CO-ROUTINE pg', walk('Project_list_investment_idx'), ...ROWS],
      [...COUNT, walk('Project_list_name_idx')],
    ]);
  });

  it('reads a small set from its members, and walks the index for a large one', async () => {
    const sized = [
      'MATERIALIZE sized',
      'SCAN CONSTANT ROW',
      'SCALAR SUBQUERY 2',
      'CO-ROUTINE capped',
      MEMBERS,
      'SCAN capped',
      'SCAN sized',
    ];
    // The page and the count (kept apart in the cache, lib/data/projects.ts) each size the set first.
    expect(await plans({ set: 'launch-2023-01-29' })).toEqual([
      sized,
      sized,
      [
        'CO-ROUTINE pg',
        MEMBERS,
        'SEARCH p USING INTEGER PRIMARY KEY (rowid=?)',
        'USE TEMP B-TREE FOR ORDER BY',
        ...ROWS,
      ],
      ['SCAN CONSTANT ROW', 'SCALAR SUBQUERY 2', MEMBERS, 'SEARCH p USING INTEGER PRIMARY KEY (rowid=?)'],
    ]);
    // Counted as its members less its unpublished ones; paged with one look-up per row.
    expect(await plans({ set: 'launch-2023-01-29' }, LARGE)).toEqual([
      sized,
      sized,
      ['CO-ROUTINE pg', walk('Project_list_name_idx'), 'CORRELATED SCALAR SUBQUERY 1', `SEARCH ${MEMBER}`, ...ROWS],
      [
        ...COUNT,
        MEMBERS,
        'SCALAR SUBQUERY 3',
        walk('Project_published_idx'),
        `SEARCH ${MEMBER.replace('sm ', 'sm EXISTS ')}`,
      ],
    ]);
  });

  it('reads few keyword matches from the search index (1–2 characters too), and walks the index for many', async () => {
    expect(await plans({ q: '红木' })).toEqual([
      measured(BIGRAMS),
      [
        'CO-ROUTINE pg',
        BIGRAMS,
        'SEARCH p USING INTEGER PRIMARY KEY (rowid=?)',
        'USE TEMP B-TREE FOR ORDER BY',
        ...ROWS,
      ],
    ]);
    // In most rows: one look-up of the row's document per row, until the page is full.
    expect(await plans({ q: '红木', sort: 'investment' }, LARGE)).toEqual([
      measured(BIGRAMS),
      [
        'CO-ROUTINE pg',
        walk('Project_list_investment_idx'),
        'CORRELATED SCALAR SUBQUERY 1',
        'SCAN m VIRTUAL TABLE INDEX 0:=M1',
        ...ROWS,
      ],
    ]);
    // In fewer: the matches read once into a list.
    expect(await plans({ q: 'hongmu' }, LARGE_SPARSE)).toEqual([
      measured(TRIGRAMS),
      ['CO-ROUTINE pg', walk('Project_list_name_idx'), 'LIST SUBQUERY 1', TRIGRAMS, 'CREATE BLOOM FILTER', ...ROWS],
    ]);
  });

  it('counts a keyword with another filter in the same walk as the page, up to the cap', async () => {
    const [, page] = await plans({ q: '红木', set: 'launch-2023-01-29' }, LARGE);
    expect(page).toEqual([
      'CO-ROUTINE pg',
      'CO-ROUTINE (subquery-7)',
      'CO-ROUTINE numbered',
      'CO-ROUTINE (subquery-8)',
      'CO-ROUTINE hit',
      walk('Project_list_name_idx'),
      'SCAN m EXISTS VIRTUAL TABLE INDEX 0:=M1',
      `SEARCH ${MEMBER.replace('sm ', 'sm EXISTS ')}`,
      'SCAN hit',
      'SCAN (subquery-8)',
      'SCAN numbered',
      'SCAN (subquery-7)',
      ...ROWS,
    ]);
  });

  it('reads export batches on from the last row, with the passage and the sets by project', async () => {
    const { client, statements } = recordingClient(prisma);
    for await (const project of iterateProjectsWith(client, { sort: 'investment' }, 2))
      expect(project.slug).not.toBe('');
    const exported = (walked: string) => [
      'CO-ROUTINE pg',
      walked,
      'SCAN pg',
      'SEARCH p USING INTEGER PRIMARY KEY (rowid=?)',
      'SEARCH e USING INDEX sqlite_autoindex_Enterprise_1 (id=?) LEFT-JOIN',
      'SEARCH pa USING INDEX sqlite_autoindex_Passage_1 (id=?) LEFT-JOIN',
      'CORRELATED SCALAR SUBQUERY 1',
      'USE TEMP B-TREE FOR json_group_array(ORDER BY)',
      'SEARCH sm USING INDEX SetMembership_projectId_idx (projectId=?)',
      'SEARCH s USING INDEX sqlite_autoindex_Set_1 (id=?)',
      'USE TEMP B-TREE FOR ORDER BY',
    ];
    // The shipped projects publish no amount: the second batch seeks past the last unknown one.
    expect(await explained('export by investment, batches of 2', statements)).toEqual([
      exported(walk('Project_list_investment_idx')),
      exported(
        'SEARCH p USING COVERING INDEX Project_list_investment_idx (published=? AND totalInvestment=? AND id>?)',
      ),
    ]);
  });

  it('reads export batches in the reverse direction on from the last row too', async () => {
    const { client, statements } = recordingClient(prisma);
    for await (const project of iterateProjectsWith(client, { sort: 'investment', dir: 'asc' }, 2))
      expect(project.slug).not.toBe('');
    const walks = (await explained('export by investment ascending, batches of 2', statements)).map((plan) => plan[1]);
    expect(walks).toEqual([
      walk('Project_list_investment_idx'),
      'SEARCH p USING COVERING INDEX Project_list_investment_idx (published=? AND totalInvestment=? AND id<?)',
    ]);
  });

  it('finds the options of the chain filter with one seek per chain', async () => {
    const { client, statements } = recordingClient(prisma);
    expect(await listChainsWith(client)).toEqual(['智能制造与高端装备', '节能环保与压力容器']);
    const seek = 'SEARCH p USING COVERING INDEX Project_industryChain_published_name_idx (industryChain>?)';
    expect(await explained('chain options', statements)).toEqual([
      [
        'CO-ROUTINE next',
        'SETUP',
        'SCAN CONSTANT ROW',
        'SCALAR SUBQUERY 1',
        seek,
        'RECURSIVE STEP',
        'SCAN n',
        'CORRELATED SCALAR SUBQUERY 3',
        seek,
        'SCAN next',
      ],
    ]);
  });

  it('checks the 镇街 (a unit, or none published) inside the walked index, and counts the projects without one from their own index', async () => {
    for (const town of ['370113005', 'none']) {
      expect(await plans({ town, sort: 'date' })).toEqual([
        ['CO-ROUTINE pg', walk('Project_list_date_idx'), ...ROWS],
        [...COUNT, walk('Project_list_name_idx')],
      ]);
    }
    const { client, statements } = recordingClient(prisma);
    expect(await countWithoutTownWith(client)).toBe(3);
    expect(await explained('projects without a town', statements)).toEqual([
      ['SEARCH Project USING COVERING INDEX Project_published_town_idx (published=? AND town=?)'],
    ]);
  });
});
