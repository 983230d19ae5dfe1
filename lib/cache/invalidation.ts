import { revalidateTag } from 'next/cache';
import { expirePublicCopies } from '@/lib/cache/public-epoch.mts';
import { PUBLIC_TAG } from '@/lib/cache/tags';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { ACTIVE, orphaned } from '@/lib/import/import-job';
import { setAfterAuditedWrite } from '@/lib/revisions/after-write';
import { openSqlite } from '@/lib/sqlite-settings';

/**
 * Keeps the cached public pages in step with the database, whoever writes to it.
 * - A write made in this server (an official's action) revalidates the pages at once, inside its
 *   request, so the official's next page view shows the change.
 * - A write made by another process (`npm run import`, `npm run db:load`) is noticed through the
 *   revision log: every audited write adds a Revision row (database triggers), and the newest
 *   id is checked every POLL_MS. The pages are then expired through Next's incremental cache,
 *   which this process sets on globalThis while it serves requests.
 * - An import commits in many short transactions (lib/import/run-import-job.ts). While one is
 *   applied or undone, by any living process, its chunks expire nothing: the cached pages show
 *   the data from before it until it ends, then all of it at once, and are not rendered afresh
 *   after every chunk. An official's own save still expires them at once, and so does the end
 *   of an import applied in the workspace (lib/actions/import.ts, `revalidate` of workspaceAction).
 * Started once per server process by instrumentation.ts.
 */
const POLL_MS = 500;

type IncrementalCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

/**
 * Expires the cached public pages inside the current request, so that the official who wrote
 * sees the change on the next page. Runs after every audited write but an import's chunks, and
 * after a whole import applied in the workspace.
 */
export function expirePublicPages(): void {
  revalidateTag(PUBLIC_TAG, { expire: 0 });
  expirePublicCopies();
}

export function startCacheInvalidation(): void {
  // Read-only, in WAL mode: it never waits for a writer, and a writer never waits for it.
  const database = openSqlite(resolveDatabaseUrl().slice('file:'.length), { readonly: true });
  const newest = database.prepare<[], { id: number | null }>('SELECT max("id") AS "id" FROM "Revision"');
  const activeJobs = database.prepare<string[], { owner: string; heartbeat: string | number }>(
    `SELECT "owner", "heartbeat" FROM "ImportJob" WHERE "status" IN (${ACTIVE.map(() => '?').join(', ')})`,
  );
  const readNewest = () => newest.get()?.id ?? 0;
  // A job left by a crashed process holds nothing: the next process finishes it (import-job.ts).
  const importRunning = () =>
    activeJobs.all(...ACTIVE).some((job) => !orphaned({ owner: job.owner, heartbeat: new Date(job.heartbeat) }));
  let seen = readNewest();
  let writtenHere = false;

  setAfterAuditedWrite((context) => {
    // An import's chunk: left to the poll, which expires the pages once the import has ended.
    if (context.actor.role === 'import') return;
    expirePublicPages();
    seen = readNewest();
    writtenHere = true;
  });

  const timer = setInterval(async () => {
    if (writtenHere) {
      writtenHere = false;
      expirePublicCopies();
    }
    const latest = readNewest();
    // Nothing new is the usual case: only new revisions ask whether an import is still running.
    if (latest === seen || importRunning()) return;
    seen = latest;
    const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
    // Before the first request there is no cache, and nothing cached to expire.
    await cache?.revalidateTag([PUBLIC_TAG], { expire: 0 });
    expirePublicCopies();
  }, POLL_MS);
  timer.unref();
}
