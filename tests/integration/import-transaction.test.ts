import Database from 'better-sqlite3';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport } from '@/lib/writes/import-apply';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { planImport } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { withAudit } from '@/lib/revisions/with-audit';
import { onPostgres } from '@/lib/sql/dialect';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { loadShippedDataset } from '../helpers/load';

// Runs `hook.afterPlan` once, right after the next plan is made: what happens between planning and writing.
const hook = vi.hoisted(() => ({ afterPlan: null as null | (() => Promise<void>) }));
vi.mock('@/lib/import/plan-import', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/import/plan-import')>();
  return {
    ...original,
    planImport: vi.fn(async (...args: Parameters<typeof original.planImport>) => {
      const plan = await original.planImport(...args);
      const after = hook.afterPlan;
      hook.afterPlan = null;
      await after?.();
      return plan;
    }),
  };
});

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => {
  vi.mocked(planImport).mockClear();
});

const CONTEXT = {
  actor: { role: 'import' as const, id: null, name: '测试导入' },
  reason: '名单导入',
  sourceRef: '区发改局名单',
};
const SLUG = 'beichen-phase-ii-workshop';
/** The rows of a template file setting the project's total investment. */
async function row(totalInvestment: string) {
  const keys = IMPORT_COLUMNS.map((c) => c.key);
  const lines = [
    IMPORT_COLUMNS.map((c) => c.header),
    keys,
    keys.map((k) => (k === 'slug' ? SLUG : k === 'totalInvestment' ? totalInvestment : '')),
  ];
  const table = await readImportFile(new Uint8Array(Buffer.from(lines.map((l) => l.join(',')).join('\n'))));
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  return table.rows;
}

/**
 * Whether another connection can take the write lock at this moment, without waiting. PostgreSQL
 * has no such lock: a writer holds row 1 of "WriteContext" (lib/revisions/with-audit.ts), and its
 * table lock until it ends, so no open transaction of another connection may hold one.
 */
async function writeLockFree(): Promise<boolean> {
  if (onPostgres()) {
    const [{ held }] = await prisma.$queryRaw<{ held: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_locks AS l JOIN pg_class AS c ON c.oid = l."relation"
        WHERE c.relname = 'WriteContext' AND l."mode" = 'RowExclusiveLock' AND l."pid" <> pg_backend_pid()) AS "held"`;
    return !held;
  }
  const probe = new Database(resolveDatabaseUrl().slice('file:'.length), { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE; ROLLBACK');
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

describe(
  'import: planned outside the write transaction, written all or nothing inside it',
  { timeout: SLOW_TEST_MS },
  () => {
    it('does not hold the write lock while planning, and plans once when nothing changed meanwhile', async () => {
      let freeWhilePlanning: boolean | null = null;
      hook.afterPlan = async () => {
        freeWhilePlanning = await writeLockFree();
      };
      expect(await applyImport(prisma, await row('31000'), CONTEXT)).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(freeWhilePlanning).toBe(true);
      expect(planImport).toHaveBeenCalledTimes(1);
      expect(
        await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { totalInvestment: true } }),
      ).toEqual({ totalInvestment: 31000 });
    });

    it('plans again inside the transaction when an audited write committed after planning', async () => {
      hook.afterPlan = async () => {
        // An official saves the same amount the file carries, between the plan and the write.
        await withAudit(prisma, { ...CONTEXT, actor: { role: 'editor', id: null, name: '测试编辑' } }, (tx) =>
          tx.project.update({ where: { slug: SLUG }, data: { totalInvestment: 32000, version: { increment: 1 } } }),
        );
      };
      const revisions = await prisma.revision.count();
      // The first plan saw 31000 and would update; the second sees 32000 and leaves it alone.
      expect(await applyImport(prisma, await row('32000'), CONTEXT)).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(planImport).toHaveBeenCalledTimes(2);
      expect(await prisma.revision.count()).toBe(revisions + 1);
    });
  },
);
