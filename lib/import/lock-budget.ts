import { LONGEST_PAUSE_MS } from '@/lib/sqlite-busy';

/**
 * How long one import transaction may hold SQLite's write lock (lib/writes/import-apply.ts).
 * An official's save waits at most about this long for an import, well inside Prisma's 2 s.
 */
export const LOCK_BUDGET_MS = 250;

/**
 * Chunks aim at this much work, below the budget: the cost of a row varies (names, sets, the
 * machine's load), and the next chunk is sized from the last one's cost.
 */
const TARGET_MS = 120;
/**
 * A transaction also has a cost of its own, whatever its size (its statements, the commit's sync
 * to disk): on a machine so busy that this alone fills the budget, smaller chunks would only
 * mean more of them, so a chunk never shrinks below this.
 */
const FEWEST_ROWS = 20;
const MOST_ROWS = 1_000;

/**
 * The pause after each commit, in which writers waiting for the lock get it: they try at least
 * every LONGEST_PAUSE_MS (lib/sqlite-busy.ts). SQLite's lock is not fair, so without a pause a
 * process writing chunk after chunk would take it again before anyone else noticed it free.
 */
export const YIELD_MS = 2 * LONGEST_PAUSE_MS;

/**
 * Rows per transaction, from the measured cost of a row: it shrinks at once after a slow chunk and grows at most
 * twofold.
 */
export class ChunkSize {
  rows = FEWEST_ROWS;

  /** Records that `rows` rows held the lock `ms` milliseconds. */
  measured(rows: number, ms: number): void {
    const fits = Math.floor(TARGET_MS / Math.max(ms / rows, 0.01));
    this.rows = Math.max(FEWEST_ROWS, Math.min(fits, this.rows * 2, MOST_ROWS));
  }
}
