import { revalidateTag } from 'next/cache';
import { expirePublicCopies } from '@/lib/cache/public-epoch.mts';
import { PUBLIC_TAG } from '@/lib/cache/tags';
import { resolveDatabaseUrl } from '@/lib/database-url';
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
 * Started once per server process by instrumentation.ts.
 */
const POLL_MS = 500;

type IncrementalCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

export function startCacheInvalidation(): void {
  // Read-only, in WAL mode: it never waits for a writer, and a writer never waits for it.
  const database = openSqlite(resolveDatabaseUrl().slice('file:'.length), { readonly: true });
  const newest = database.prepare<[], { id: number | null }>('SELECT max("id") AS "id" FROM "Revision"');
  const readNewest = () => newest.get()?.id ?? 0;
  let seen = readNewest();
  let writtenHere = false;

  setAfterAuditedWrite(() => {
    revalidateTag(PUBLIC_TAG, { expire: 0 });
    expirePublicCopies();
    seen = readNewest();
    writtenHere = true;
  });

  const timer = setInterval(async () => {
    if (writtenHere) {
      writtenHere = false;
      expirePublicCopies();
    }
    const latest = readNewest();
    if (latest === seen) return;
    seen = latest;
    const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
    // Before the first request there is no cache, and nothing cached to expire.
    await cache?.revalidateTag([PUBLIC_TAG], { expire: 0 });
    expirePublicCopies();
  }, POLL_MS);
  timer.unref();
}
