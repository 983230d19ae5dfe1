import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waiting for SQLite's write lock without stopping the server. better-sqlite3's busy timeout
 * waits synchronously: while an import held the lock, an official's save froze the whole
 * process (every page with it) for up to the timeout. The writing connection therefore has no
 * busy timeout, and a write that finds the lock taken waits here, asynchronously, and tries
 * again: pages keep being served meanwhile.
 */

/**
 * How long a single write waits. A transaction waits as long, but Prisma then refuses one that
 * took over its maxWait (2 s) to start: it does not stop the wait, it checks the time once the
 * lock is taken, rolls back and throws P2028. Meanwhile the waiting transaction holds the
 * adapter's only writing connection, so every other transaction of the process queues behind
 * it. Raising maxWait therefore shortens no wait (README, "Reliability and security"): the cure
 * is that no writer holds the lock long (lib/writes/import-apply.ts), and a save still refused
 * gets the form's message, not a 500 (lib/revisions/with-audit.ts).
 */
const WRITE_LOCK_WAIT_MS = 60_000;
const FIRST_PAUSE_MS = 2;
/**
 * A waiting writer tries at least this often, so that it finds the lock free in any pause of at
 * least this length: an import leaves such a pause between its transactions.
 */
export const LONGEST_PAUSE_MS = 20;

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
