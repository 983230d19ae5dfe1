import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
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

// One process (node with tsx's loader, not the tsx command, which runs node as its own child), so the kill reaches the writer.
const child = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

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
    const project = await prisma.project.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, version: true } });
    const burst = child(['tests/helpers/edit-burst.ts', String(project.id)]);
    const acknowledged: number[] = [];
    burst.stdout!.setEncoding('utf8').on('data', (text: string) => acknowledged.push(...[...text.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]))));
    while (acknowledged.length < 30) await sleep(20);
    await killNow(burst);

    expect(integrityAfterRestart()).toEqual([{ integrity_check: 'ok' }]);
    const restarted = createPrismaClient();
    try {
      const revisions = await restarted.revision.findMany({ where: { entityType: 'project', reason: { startsWith: 'crash-edit ' } }, orderBy: { id: 'asc' }, select: { reason: true } });
      const committed = revisions.map((r) => Number(r.reason.slice('crash-edit '.length)));
      // Every acknowledged edit committed; at most the one in flight committed unacknowledged.
      expect(committed.slice(0, acknowledged.length)).toEqual(acknowledged);
      expect(committed).toEqual(Array.from({ length: committed.length }, (_, i) => i + 1));
      expect(committed.length - acknowledged.length).toBeLessThanOrEqual(1);
      // Each committed edit moved the version once and wrote one revision; the row shows the last.
      const last = committed.length;
      expect(await restarted.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true, description: true, progressPercent: true } })).toEqual({
        version: project.version + last,
        description: `crash-edit ${last}`,
        progressPercent: last % 101,
      });
      expect(await restarted.writeContext.count()).toBe(0);
    } finally {
      await restarted.$disconnect();
    }
  });

  it('an import: killed while its transaction is open, none of its rows is there; run again, all are', async () => {
    const rows = 3_000;
    const csv = path.join(mkdtempSync(path.join(tmpdir(), 'portal-crash-')), 'import.csv');
    const cells = (n: number) => IMPORT_COLUMNS.map((c) => (c.key === 'code' ? `CRASH-${String(n).padStart(6, '0')}` : c.key === 'name' ? `示例项目 崩溃测试 ${String(n).padStart(6, '0')}` : ''));
    const lines = [IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.key), ...Array.from({ length: rows }, (_, i) => cells(i + 1))];
    writeFileSync(csv, `${lines.map((line) => line.join(',')).join('\n')}\n`);
    const before = { projects: await prisma.project.count(), revisions: await prisma.revision.count() };

    const probe = new Database(file, { timeout: 0 });
    const importing = child(['scripts/import.ts', csv]);
    // The import holds the write lock from its first write to its commit: kill it inside.
    for (;;) {
      try {
        probe.exec('BEGIN IMMEDIATE; ROLLBACK');
      } catch {
        break;
      }
      await sleep(10);
    }
    await sleep(300);
    expect(() => probe.exec('BEGIN IMMEDIATE')).toThrow('database is locked'); // still inside
    await killNow(importing);
    probe.close();

    expect(integrityAfterRestart()).toEqual([{ integrity_check: 'ok' }]);
    const restarted = createPrismaClient();
    try {
      expect({ projects: await restarted.project.count(), revisions: await restarted.revision.count() }).toEqual(before);
      expect(await restarted.project.count({ where: { code: { startsWith: 'CRASH-' } } })).toBe(0);
      expect(await restarted.writeContext.count()).toBe(0);

      const again = child(['scripts/import.ts', csv]);
      const [code] = await once(again, 'exit');
      expect(code).toBe(0);
      expect(await restarted.project.count({ where: { code: { startsWith: 'CRASH-' } } })).toBe(rows);
      expect(await restarted.revision.count()).toBe(before.revisions + rows);
    } finally {
      await restarted.$disconnect();
    }
  });
});
