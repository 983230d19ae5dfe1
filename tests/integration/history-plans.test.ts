import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@prisma/client';
import { fetchChangesPage, fetchEntityHistory, fetchLastUpdated, fetchRecentPublicChanges } from '@/lib/data/revisions';
import { loadShippedDataset } from '../helpers/load';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

/**
 * How SQLite runs the public history's reads (EXPLAIN QUERY PLAN, pinned): each walks an index
 * that starts with the columns it filters on, in time order, so /changes, the feeds, the footer
 * and a detail page's history stay index look-ups however long the history grows (100,000
 * projects have at least 100,000 revisions). SQLite has no statistics here, so the plans are the
 * ones a large database gets.
 */

const recorded = vi.hoisted(() => [] as { query: string; params: string }[]);

// The pages' client, logging each statement it runs.
vi.mock('@/lib/db', async () => {
  const { PrismaClient } = await import('@prisma/client');
  const { PrismaBetterSQLite3 } = await import('@prisma/adapter-better-sqlite3');
  const { resolveDatabaseUrl } = await import('@/lib/database-url');
  const db = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }),
    log: [{ emit: 'event', level: 'query' }],
  });
  db.$on('query', ({ query, params }) => void recorded.push({ query, params }));
  return { db };
});

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

/** The plans of the statements a read runs (the log gives booleans and numbers as JSON and text). */
async function plans(read: () => Promise<unknown>): Promise<string[][]> {
  recorded.length = 0;
  await read();
  const statements = recorded.filter((s) => s.query.includes('`Revision`'));
  expect(statements.length).toBeGreaterThan(0);
  return Promise.all(
    statements.map(async ({ query, params }) => {
      const values = (JSON.parse(params) as unknown[]).map((v) =>
        typeof v === 'boolean' || /^\d+$/.test(String(v)) ? Number(v) : v,
      );
      const steps = await prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`, ...values);
      return steps.map((step) => step.detail.replace(/`?main`?\./g, ''));
    }),
  );
}

const WALK = 'SEARCH Revision USING INDEX Revision_public_at_id_idx (public=?)';
// Prisma counts through a subquery: the index entries only.
const counted = (search: string) => ['CO-ROUTINE sub', search, 'SCAN sub'];
const TYPE_WALK = 'SEARCH Revision USING INDEX Revision_public_entityType_at_id_idx (public=? AND entityType=?)';

describe('query plans of the public history', () => {
  it('/changes walks the public revisions newest first, skipping the initial load, and counts both from an index alone', async () => {
    expect(await plans(() => fetchChangesPage({ type: undefined, initial: undefined, page: 3 }))).toEqual([
      counted('SEARCH Revision USING COVERING INDEX Revision_public_entityType_actorRole_action_idx (public=?)'),
      counted(
        'SEARCH Revision USING COVERING INDEX Revision_public_actorRole_action_idx (public=? AND actorRole=? AND action=?)',
      ),
      [WALK],
    ]);
    expect(await plans(() => fetchChangesPage({ type: undefined, initial: 'show', page: 3 }))).toEqual([
      counted('SEARCH Revision USING COVERING INDEX Revision_public_at_id_idx (public=?)'),
      [WALK],
    ]);
  });

  it('/changes?type= walks the public revisions of that type', async () => {
    expect(await plans(() => fetchChangesPage({ type: 'initiative', initial: undefined, page: 1 }))).toEqual([
      counted(
        'SEARCH Revision USING COVERING INDEX Revision_public_entityType_actorRole_action_idx (public=? AND entityType=?)',
      ),
      counted(
        'SEARCH Revision USING COVERING INDEX Revision_public_entityType_actorRole_action_idx (public=? AND entityType=? AND actorRole=? AND action=?)',
      ),
      [TYPE_WALK],
    ]);
    expect(await plans(() => fetchChangesPage({ type: 'initiative', initial: 'show', page: 1 }))).toEqual([
      counted('SEARCH Revision USING COVERING INDEX Revision_public_entityType_at_id_idx (public=? AND entityType=?)'),
      [TYPE_WALK],
    ]);
  });

  it('the site feed and 数据更新于 read the newest public revisions only', async () => {
    expect(await plans(() => fetchRecentPublicChanges(50))).toEqual([[WALK]]);
    expect(await plans(() => fetchLastUpdated())).toEqual([
      ['SEARCH Revision USING COVERING INDEX Revision_public_at_id_idx (public=?)'],
    ]);
  });

  it('a detail page or project feed reads its entity’s public revisions, not every revision of the type', async () => {
    expect(await plans(() => fetchEntityHistory('project', 'beichen-phase-ii-workshop'))).toEqual([
      [
        'SEARCH Revision USING INDEX Revision_entityType_entityId_public_at_id_idx (entityType=? AND entityId=? AND public=?)',
      ],
    ]);
  });
});
