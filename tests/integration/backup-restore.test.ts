import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksums } from '@/lib/backup/table-checksums';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import { loadShippedDataset } from '../helpers/load';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'portal-backup-'));
const source = resolveDatabaseUrl().slice('file:'.length);

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
  // Two tables every writer transaction adds the same number to: a copy torn between two
  // commits would hold different numbers in each. And some bulk, so the copy takes a while.
  await prisma.$executeRawUnsafe('CREATE TABLE "burst_a" ("i" INTEGER PRIMARY KEY)');
  await prisma.$executeRawUnsafe('CREATE TABLE "burst_b" ("i" INTEGER PRIMARY KEY)');
  await prisma.$executeRawUnsafe('CREATE TABLE "ballast" ("b" BLOB)');
  await prisma.$executeRawUnsafe(
    'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4000) INSERT INTO "ballast" SELECT randomblob(4000) FROM n',
  );
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

/** Another process committing small transactions as fast as it can, until killed. */
async function startWriter() {
  const script = `
    const db = new (require(${JSON.stringify(require.resolve('better-sqlite3'))}))(process.argv[1], { timeout: 5000 });
    const a = db.prepare('INSERT INTO "burst_a" VALUES (?)'), b = db.prepare('INSERT INTO "burst_b" VALUES (?)');
    const commit = db.transaction((i) => { a.run(i); b.run(i); });
    let i = 0;
    commit(i++);
    console.log('writing');
    (function burst() { for (let k = 0; k < 50; k += 1) commit(i++); setImmediate(burst); })();`;
  const child = spawn(process.execPath, ['-e', script, source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(child.stdout!, 'data');
  expect(String(line).trim()).toBe('writing');
  return child;
}

const npmScript = (script: string, args: string[], databaseFile: string) =>
  run(TSX, [script, ...args], { env: { ...process.env, DATABASE_URL: `file:${databaseFile}` } }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

function checksumsOf(file: string) {
  const database = new Database(file, { readonly: true });
  try {
    return tableChecksums(database);
  } finally {
    database.close();
  }
}

describe('db:backup and db:restore', { timeout: 120_000 }, () => {
  it('backs up while another process writes, and the restored copy equals the source at the backup moment, table by table', async () => {
    const writer = await startWriter();
    const backup = await npmScript('scripts/db-backup.ts', ['--out', path.join(dir, 'backup.db')], source);
    writer.kill('SIGKILL');
    await once(writer, 'exit');
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('integrity ok') });

    const restored = path.join(dir, 'restored.db');
    expect(await npmScript('scripts/db-restore.ts', [path.join(dir, 'backup.db')], restored)).toMatchObject({
      code: 0,
    });
    const copy = new Database(restored, { readonly: true });
    const live = new Database(source, { readonly: true });
    try {
      const last = (db: Database.Database, table: string) =>
        db.prepare(`SELECT count(*) AS n, max(i) AS last FROM "${table}"`).get() as { n: number; last: number };
      const inCopy = last(copy, 'burst_a');
      expect(last(copy, 'burst_b')).toEqual(inCopy); // one commit, not half of one
      expect(inCopy.n).toBe(inCopy.last + 1);
      expect(last(live, 'burst_a').last).toBeGreaterThan(inCopy.last); // the writer went on after the copy
      const atBackup = { burst_a: `i <= ${inCopy.last}`, burst_b: `i <= ${inCopy.last}` };
      const expected = tableChecksums(live, atBackup);
      expect(expected.find((t) => t.table === 'Project')?.rows).toBeGreaterThan(0);
      expect(tableChecksums(copy)).toEqual(expected);
      expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      copy.close();
      live.close();
    }
  });

  it('refuses to restore over a database that is open (a running server), and changes nothing', async () => {
    const before = checksumsOf(source);
    expect(await prisma.project.count()).toBeGreaterThan(0); // the test's client holds the database open
    const result = await npmScript('scripts/db-restore.ts', [path.join(dir, 'backup.db')], source);
    expect(result).toMatchObject({
      code: 1,
      stderr: `db:restore: ${source} is open in another process (is the server running?). Stop it, then restore.\n`,
    });
    expect(checksumsOf(source)).toEqual(before);
  });

  it('refuses a file that is not a sound database', async () => {
    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    const target = path.join(dir, 'untouched.db');
    expect(await npmScript('scripts/db-restore.ts', [junk], target)).toMatchObject({
      code: 1,
      stderr: `db:restore: ${junk} cannot be read as a database: file is not a database\n`,
    });
  });
});
