import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { expect } from 'vitest';
import { resolveDatabaseUrl } from '@/lib/database-url';

/**
 * Another process (as `npm run import` is) takes the test database's write lock exclusively,
 * runs `sql` and holds the lock for `ms` before committing; resolves once the lock is taken.
 * EXCLUSIVE is what a large transaction ends up holding in the old rollback-journal mode (when
 * its changes spill out of the page cache, and at commit).
 */
export async function holdWriteLock(ms: number, sql = 'SELECT 1'): Promise<ChildProcess> {
  const script = `
    const db = new (require(${JSON.stringify(require.resolve('better-sqlite3'))}))(process.argv[1]);
    db.exec('BEGIN EXCLUSIVE');
    db.exec(${JSON.stringify(sql)});
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); console.log('committed'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script, resolveDatabaseUrl().slice('file:'.length)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(child.stdout!, 'data');
  expect(String(line).trim()).toBe('locked');
  return child;
}
