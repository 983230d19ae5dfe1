import { revalidateTag } from 'next/cache';
import { expirePublicCopies } from '@/lib/cache/public-epoch.mts';
import { PUBLIC_TAG } from '@/lib/cache/tags';
import { watchRevisions } from '@/lib/cache/revision-watch';
import { setAfterAuditedWrite } from '@/lib/revisions/after-write';

/**
 * Keeps the cached public pages in step with the database, whoever writes to it.
 * - A write made in this server (an official's action) revalidates the pages at once, inside its
 *   request, so the official's next page view shows the change.
 * - A write made by another process (`npm run import`, `npm run db:load`, another instance of the
 *   portal on the same PostgreSQL database) is noticed through the revision log: every audited
 *   write adds a Revision row (database triggers), and the newest id is checked every POLL_MS,
 *   and on PostgreSQL also at once when the database signals a new revision (revision-watch.ts).
 *   The pages are then expired through Next's incremental cache, which this process sets on
 *   globalThis while it serves requests.
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
  let seen = 0;
  let writtenHere = false;
  let checking: Promise<void> | null = null;
  let again = false;

  const expireOnNewRevision = async () => {
    const latest = await watch.newest();
    // Nothing new is the usual case: only new revisions ask whether an import is still running.
    if (latest === seen || (await watch.importRunning())) return;
    seen = latest;
    const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
    // Before the first request there is no cache, and nothing cached to expire.
    await cache?.revalidateTag([PUBLIC_TAG], { expire: 0 });
    expirePublicCopies();
  };
  // One check at a time; a signal that arrives during one asks for one more after it.
  const check = () => {
    if (checking) {
      again = true;
      return;
    }
    checking = expireOnNewRevision()
      .catch((error: unknown) => console.error('cache invalidation: the database did not answer', error))
      .finally(() => {
        checking = null;
        if (again) {
          again = false;
          check();
        }
      });
  };
  const watch = watchRevisions(check);
  void watch.newest().then((id) => (seen = Math.max(seen, id)));

  setAfterAuditedWrite((context) => {
    // An import's chunk: left to the poll, which expires the pages once the import has ended.
    if (context.actor.role === 'import') return;
    expirePublicPages();
    writtenHere = true;
    void watch.newest().then((id) => (seen = Math.max(seen, id)));
  });

  const timer = setInterval(() => {
    if (writtenHere) {
      writtenHere = false;
      expirePublicCopies();
    }
    check();
  }, POLL_MS);
  timer.unref();
}
