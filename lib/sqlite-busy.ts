import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waiting for SQLite's write lock without stopping the server. better-sqlite3's busy timeout
 * waits synchronously: while an import held the lock, an official's save froze the whole
 * process (every page with it) for up to the timeout. The writing connection therefore has no
 * busy timeout, and a write that finds the lock taken waits here, asynchronously, and tries
 * again: pages keep being served meanwhile.
 */

/**
 * How long a single write waits. A transaction's wait is cut shorter by Prisma, which gives up
 * starting one after 2 s (its maxWait): a save made while an import commits is refused, and the
 * form says so in plain words, keeping the input (DatabaseBusy in lib/revisions/with-audit.ts).
 */
const WRITE_LOCK_WAIT_MS = 60_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

/** SQLite's "database is locked", as better-sqlite3 throws it or as the Prisma adapter wraps it. */
export function isBusy(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { kind?: unknown } };
  return code === 'SQLITE_BUSY' || cause?.kind === 'SocketTimeout';
}

/** Runs `attempt` until it does not find the database locked, pausing a little longer each time. */
export async function whenUnlocked<T>(attempt: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      await sleep(pause);
    }
  }
}
