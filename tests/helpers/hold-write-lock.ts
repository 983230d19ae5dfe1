import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect } from 'vitest';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { onPostgres } from '@/lib/sql/dialect';

/**
 * Another process (as `npm run import` is) takes the test database's write lock exclusively,
 * runs `sql` and holds the lock for `ms` before committing; resolves once the lock is taken.
 * EXCLUSIVE is what a large transaction ends up holding in the old rollback-journal mode (when
 * its changes spill out of the page cache, and at commit). `exited` is listened for from the
 * start: a test that waited for 'exit' only after its own write could miss it (the holder may
 * exit first) and then waited forever.
 */
export async function holdWriteLock(ms: number, sql = 'SELECT 1'): Promise<{ exited: Promise<unknown> }> {
  const script = onPostgres() ? postgresScript(ms, sql) : sqliteScript(ms, sql);
  const target = onPostgres() ? process.env.DATABASE_URL! : resolveDatabaseUrl().slice('file:'.length);
  const child = spawn(process.execPath, ['-e', script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const [line] = await once(child.stdout!, 'data');
  expect(String(line).trim()).toBe('locked');
  return { exited };
}

const sqliteScript = (ms: number, sql: string) => `
    const db = new (require(${JSON.stringify(require.resolve('better-sqlite3'))}))(process.argv[1]);
    db.exec('BEGIN EXCLUSIVE');
    db.exec(${JSON.stringify(sql)});
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); console.log('committed'); db.close(); }, ${ms});`;

/**
 * PostgreSQL has no database-wide write lock; what a writer holds is row 1 of "WriteContext",
 * inserted by withAudit() (lib/revisions/with-audit.ts) until its commit: an import's transaction.
 */
const postgresScript = (ms: number, sql: string) => `
    const client = new (require(${JSON.stringify(require.resolve('pg'))}).Client)(process.argv[1]);
    (async () => {
      await client.connect();
      await client.query('BEGIN');
      await client.query(\`INSERT INTO "WriteContext" ("id", "actorRole", "actorName", "reason") VALUES (1, 'import', '测试', '测试')\`);
      await client.query(${JSON.stringify(sql)});
      console.log('locked');
      setTimeout(async () => {
        await client.query('DELETE FROM "WriteContext" WHERE "id" = 1');
        await client.query('COMMIT');
        console.log('committed');
        await client.end();
      }, ${ms});
    })();`;
