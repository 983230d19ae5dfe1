import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { PrismaClient } from '@prisma/client';
import { describe, expect, it, vi } from 'vitest';
import { updateProject } from '@/lib/actions/projects';
import { applyImport, ImportRefused } from '@/lib/writes/import-apply';
import { stageImport } from '@/lib/import/import-job';
import { LOCK_BUDGET_MS } from '@/lib/import/lock-budget';
import { planImport } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';
import { runImportJob } from '@/lib/import/run-import-job';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { BUSY_MESSAGE } from '@/lib/i18n/messages/workspace';
import { withAudit } from '@/lib/revisions/with-audit';
import { syntheticImportCsv } from '@/lib/synthetic/import-csv';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { form } from '../helpers/next-mocks';
import { signedInAdmin } from '../helpers/signed-in-admin';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

const file = resolveDatabaseUrl().slice('file:'.length);
const EDITED = 'beichen-phase-ii-workshop';
const CONTEXT = {
  actor: { role: 'import' as const, id: null, name: '测试导入' },
  reason: '分块导入测试',
  sourceRef: '合成数据',
};

let prisma: PrismaClient;
signedInAdmin((client) => {
  prisma = client;
});

async function rowsOf(csv: string) {
  const table = await readImportFile(new Uint8Array(Buffer.from(csv)));
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  return table.rows;
}

/**
 * Tries to take the write lock every few milliseconds, as a waiting writer would, and records how
 * long each attempt had to wait: the longest wait is about the longest time anyone held the lock.
 */
function probeLock(): { stop: () => Promise<number[]> } {
  const probe = new Database(file, { timeout: 0 });
  const waits: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      for (;;) {
        try {
          probe.exec('BEGIN IMMEDIATE; ROLLBACK');
          break;
        } catch {
          await sleep(1);
        }
      }
      waits.push(performance.now() - started);
      await sleep(5);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      probe.close();
      return waits;
    },
  };
}

/** `npm run import` in its own process (node with tsx's loader, so a kill reaches the importer). */
function importInChild(csv: string): ChildProcess {
  const csvFile = path.join(mkdtempSync(path.join(tmpdir(), 'portal-import-lock-')), 'import.csv');
  writeFileSync(csvFile, csv);
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', csvFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Another process takes the write lock and keeps it for `ms`; resolves once it holds it, with its release. */
async function holdLock(ms: number): Promise<{ released: Promise<unknown> }> {
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `
    const db = new (require(${JSON.stringify(require.resolve('better-sqlite3'))}))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE'); console.log('locked');
    setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, ${ms});`,
      file,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const released = once(holder, 'exit');
  await once(holder.stdout!, 'data');
  return { released };
}

/** An edit of the form of /admin/projects/[slug]/edit, as the page fills it, with the progress changed. */
async function editForm(slug: string, progressPercent: string) {
  const p = await prisma.project.findUniqueOrThrow({ where: { slug }, include: { sets: true, initiatives: true } });
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return form({
    name: p.name,
    code: text(p.code),
    sector: p.sector,
    level: p.level,
    kind: p.kind,
    status: p.status,
    statusDate: text(p.statusDate),
    totalInvestment: text(p.totalInvestment),
    annualPlanInvestment: text(p.annualPlanInvestment),
    completedInvestment: text(p.completedInvestment),
    progressPercent,
    startDate: text(p.startDate),
    plannedCompletionDate: text(p.plannedCompletionDate),
    location: text(p.location),
    description: text(p.description),
    published: p.published ? 'on' : '',
    sets: p.sets.map((s) => s.setId),
    initiatives: p.initiatives.map((i) => i.initiativeId),
    reason: '导入期间的修改',
    evidence: '现场核实',
    expectedVersion: String(p.version),
  });
}

describe('an import holds the write lock only briefly, all or nothing', { timeout: 180_000 }, () => {
  it('a 6,000-row command-line import: no transaction holds the lock over 3 × the budget, and a save made meanwhile goes through', async () => {
    const rows = 6_000;
    const before = { revisions: await prisma.revision.count() };
    const probe = probeLock();
    const importing = importInChild(syntheticImportCsv(rows, 'LOCK'));
    const exited = once(importing, 'exit');
    // Wait until the import is being written, then save another project through withAudit.
    while ((await prisma.project.count({ where: { code: { startsWith: 'LOCK-' } } })) === 0) await sleep(20);
    const visibleWhileApplying = await prisma.project.count({ where: { code: { startsWith: 'LOCK-' } } });
    const started = performance.now();
    await withAudit(
      prisma,
      { actor: { role: 'editor', id: null, name: '测试编辑' }, reason: '导入期间保存', sourceRef: null },
      (tx) => tx.project.update({ where: { slug: EDITED }, data: { progressPercent: 42, version: { increment: 1 } } }),
    );
    const saveMs = performance.now() - started;
    const [code] = await exited;
    const waits = await probe.stop();

    expect(code).toBe(0);
    expect(visibleWhileApplying).toBeLessThan(rows); // applied in chunks
    expect(saveMs).toBeLessThan(2_000);
    expect(Math.max(...waits)).toBeLessThan(LOCK_BUDGET_MS * 3);
    expect(await prisma.project.count({ where: { code: { startsWith: 'LOCK-' } } })).toBe(rows);
    expect(await prisma.revision.count()).toBe(before.revisions + rows + 1);
    expect(
      await prisma.project.findUniqueOrThrow({ where: { slug: EDITED }, select: { progressPercent: true } }),
    ).toEqual({ progressPercent: 42 });
    expect(await prisma.importJobRow.count()).toBe(0);
  });

  it('a save to a project an import is writing gets the form’s busy message, input kept, nothing written; other projects save', async () => {
    const rows = await rowsOf(syntheticImportCsv(1, 'RESERVE').replace('RESERVE-000001,', `,${EDITED}`));
    const plan = await planImport(prisma, rows);
    expect(plan.updates.map((u) => u.slug)).toEqual([EDITED]);
    const staged = await stageImport(prisma, plan, CONTEXT);
    if (staged.kind !== 'applying') throw new Error(staged.kind);
    const stored = await prisma.project.findUniqueOrThrow({ where: { slug: EDITED } });

    const answer = await updateProject(EDITED, EMPTY_FORM_STATE, await editForm(EDITED, '7'));
    expect(answer).toMatchObject({ message: BUSY_MESSAGE, values: { progressPercent: '7', reason: '导入期间的修改' } });
    expect(await prisma.project.findUniqueOrThrow({ where: { slug: EDITED } })).toEqual(stored);

    await runImportJob(prisma, staged.job);
    expect(
      await prisma.importJob.findUniqueOrThrow({ where: { id: staged.job.id }, select: { status: true } }),
    ).toEqual({ status: 'done' });
    await expect(updateProject(EDITED, EMPTY_FORM_STATE, await editForm(EDITED, '8'))).rejects.toMatchObject({
      url: expect.stringContaining('saved=project'),
    });
  });

  it('a save while another process holds the write lock for 3 s gets the busy message, not a 500', async () => {
    const { released } = await holdLock(3_000);
    const stored = await prisma.project.findUniqueOrThrow({ where: { slug: EDITED } });
    const answer = await updateProject(EDITED, EMPTY_FORM_STATE, await editForm(EDITED, '9'));
    await released;
    expect(answer).toMatchObject({ message: BUSY_MESSAGE, values: { progressPercent: '9' } });
    expect(await prisma.project.findUniqueOrThrow({ where: { slug: EDITED } })).toEqual(stored);
  });

  it('a chunk that waited too long for the lock (another writer held it 3 s) is tried again, not undone', async () => {
    const plan = await planImport(prisma, await rowsOf(syntheticImportCsv(50, 'WAIT')));
    const staged = await stageImport(prisma, plan, CONTEXT);
    if (staged.kind !== 'applying') throw new Error(staged.kind);
    const { released } = await holdLock(3_000);
    await runImportJob(prisma, staged.job);
    await released;
    expect(
      await prisma.importJob.findUniqueOrThrow({ where: { id: staged.job.id }, select: { status: true } }),
    ).toEqual({ status: 'done' });
    expect(await prisma.project.count({ where: { code: { startsWith: 'WAIT-' } } })).toBe(50);
  });

  it('a row that cannot be written undoes the whole import: no project, membership, revision or search entry of it is left', async () => {
    const count = () =>
      Promise.all([
        prisma.project.count(),
        prisma.setMembership.count(),
        prisma.revision.count(),
        prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS "n" FROM "search_doc"'),
      ]);
    const before = await count();
    const plan = await planImport(prisma, await rowsOf(syntheticImportCsv(300, 'UNDO')));
    const staged = await stageImport(prisma, plan, CONTEXT);
    if (staged.kind !== 'applying') throw new Error(staged.kind);
    // The last row cannot be written (a project needs a name): found after earlier chunks committed.
    await prisma.importJobRow.update({
      where: { jobId_row: { jobId: staged.job.id, row: plan.creates.at(-1)!.row } },
      data: { data: JSON.stringify({ slug: 'undo-broken', knownAs: 'official' }) },
    });
    let applied = 0;
    await expect(runImportJob(prisma, staged.job, (done) => (applied = done))).rejects.toThrow(
      'a row could not be written',
    );
    expect(applied).toBeGreaterThan(0);
    expect(await count()).toEqual(before);
    expect(
      await prisma.importJob.findUniqueOrThrow({ where: { id: staged.job.id }, select: { status: true } }),
    ).toEqual({ status: 'undone' });
    expect(await prisma.importJobRow.count()).toBe(0);
  });

  it('refuses a second import while one is being applied, writing nothing', async () => {
    const plan = await planImport(prisma, await rowsOf(syntheticImportCsv(3, 'FIRST')));
    const staged = await stageImport(prisma, plan, CONTEXT);
    if (staged.kind !== 'applying') throw new Error(staged.kind);
    const projects = await prisma.project.count();
    await expect(applyImport(prisma, await rowsOf(syntheticImportCsv(3, 'SECOND')), CONTEXT)).rejects.toBeInstanceOf(
      ImportRefused,
    );
    expect(await prisma.project.count()).toBe(projects);
    await runImportJob(prisma, staged.job);
    expect(await prisma.project.count()).toBe(projects + 3);
  });
});
