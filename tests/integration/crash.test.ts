import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { resumeImports } from '@/lib/import/run-import-job';
import { createPrismaClient } from '@/lib/prisma-client';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { openSqlite } from '@/lib/sqlite-settings';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import { loadShippedDataset } from '../helpers/load';

const file = resolveDatabaseUrl().slice('file:'.length);

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

// One process (node with tsx's loader, not the tsx command, which runs node as its own child), so the kill reaches the
// writer.
const child = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

async function killNow(process_: ChildProcess) {
  process_.kill('SIGKILL');
  const [code, signal] = await once(process_, 'exit');
  expect([code, signal]).toEqual([null, 'SIGKILL']);
}

/** After the kill, as after a restart: a new connection, the file's integrity checked. */
function integrityAfterRestart(): unknown {
  const database = openSqlite(file);
  try {
    return database.pragma('integrity_check');
  } finally {
    database.close();
  }
}

describe('kill -9 in the middle of writes', { timeout: 120_000 }, () => {
  it('an edit burst: the file is sound, every acknowledged edit is there with its revision, none is half applied', async () => {
    const project = await prisma.project.findFirstOrThrow({
      orderBy: { id: 'asc' },
      select: { id: true, version: true },
    });
    const burst = child(['tests/helpers/edit-burst.ts', String(project.id)]);
    const acknowledged: number[] = [];
    burst
      .stdout!.setEncoding('utf8')
      .on('data', (text: string) => acknowledged.push(...[...text.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]))));
    while (acknowledged.length < 30) await sleep(20);
    await killNow(burst);

    expect(integrityAfterRestart()).toEqual([{ integrity_check: 'ok' }]);
    const restarted = createPrismaClient();
    try {
      const revisions = await restarted.revision.findMany({
        where: { entityType: 'project', reason: { startsWith: 'crash-edit ' } },
        orderBy: { id: 'asc' },
        select: { reason: true },
      });
      const committed = revisions.map((r) => Number(r.reason.slice('crash-edit '.length)));
      // Every acknowledged edit committed; at most the one in flight committed unacknowledged.
      expect(committed.slice(0, acknowledged.length)).toEqual(acknowledged);
      expect(committed).toEqual(Array.from({ length: committed.length }, (_, i) => i + 1));
      expect(committed.length - acknowledged.length).toBeLessThanOrEqual(1);
      // Each committed edit moved the version once and wrote one revision; the row shows the last.
      const last = committed.length;
      expect(
        await restarted.project.findUniqueOrThrow({
          where: { id: project.id },
          select: { version: true, description: true, progressPercent: true },
        }),
      ).toEqual({
        version: project.version + last,
        description: `crash-edit ${last}`,
        progressPercent: last % 101,
      });
      expect(await restarted.writeContext.count()).toBe(0);
    } finally {
      await restarted.$disconnect();
    }
  });

  it('an import: killed while it is being applied, it is finished by the next process that looks; the history shows each project once', async () => {
    const rows = 3_000;
    const csv = path.join(mkdtempSync(path.join(tmpdir(), 'portal-crash-')), 'import.csv');
    const cells = (n: number) =>
      IMPORT_COLUMNS.map((c) =>
        c.key === 'code'
          ? `CRASH-${String(n).padStart(6, '0')}`
          : c.key === 'name'
            ? `示例项目 崩溃测试 ${String(n).padStart(6, '0')}`
            : '',
      );
    const lines = [
      IMPORT_COLUMNS.map((c) => c.header),
      IMPORT_COLUMNS.map((c) => c.key),
      ...Array.from({ length: rows }, (_, i) => cells(i + 1)),
    ];
    writeFileSync(csv, `${lines.map((line) => line.join(',')).join('\n')}\n`);
    const before = { projects: await prisma.project.count(), revisions: await prisma.revision.count() };
    const imported = () => prisma.project.count({ where: { code: { startsWith: 'CRASH-' } } });

    const importing = child(['scripts/import.ts', csv]);
    // Kill it once some chunks have committed: the import is half applied at that moment.
    while ((await imported()) === 0) await sleep(5);
    await killNow(importing);

    expect(integrityAfterRestart()).toEqual([{ integrity_check: 'ok' }]);
    const left = await imported();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(rows);
    expect(await prisma.importJob.findMany({ select: { status: true } })).toEqual([{ status: 'applying' }]);

    // As a server does when it starts (instrumentation.ts), or `npm run import` before importing.
    const restarted = createPrismaClient();
    try {
      await resumeImports(restarted);
      expect(await imported()).toBe(rows);
      expect({ projects: await restarted.project.count(), revisions: await restarted.revision.count() }).toEqual({
        projects: before.projects + rows,
        revisions: before.revisions + rows,
      });
      // One revision per project: none written twice by the chunk the kill interrupted, none missing.
      expect(
        await restarted.$queryRawUnsafe(
          `SELECT count(*) AS "revisions", count(DISTINCT v."entityId") AS "projects" FROM "Revision" AS v JOIN "Project" AS p ON p."slug" = v."entityId"
         WHERE v."entityType" = 'project' AND p."code" LIKE 'CRASH-%'`,
        ),
      ).toEqual([{ revisions: BigInt(rows), projects: BigInt(rows) }]);
      expect(await restarted.writeContext.count()).toBe(0);
      expect(await restarted.importJob.findMany({ select: { status: true } })).toEqual([{ status: 'done' }]);
      expect(await restarted.importJobRow.count()).toBe(0);

      // The same file again changes nothing.
      const again = child(['scripts/import.ts', csv]);
      const [code] = await once(again, 'exit');
      expect(code).toBe(0);
      expect(await restarted.revision.count()).toBe(before.revisions + rows);
    } finally {
      await restarted.$disconnect();
    }
  });
});
