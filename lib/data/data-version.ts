import 'server-only';
import { db } from '@/lib/db';

/**
 * The data version: the id of the latest revision. Audit triggers add a revision in the same
 * transaction as every write to an audited table, whichever process makes it (the server, the
 * command-line import, the loader), so the number moves exactly when the data may have changed.
 * Read through the primary key on every request: one index step, whatever the size of the history.
 * Internal revisions (milestones, problems) move it too: a download is then generated again for
 * nothing, which is cheaper than filtering by type here (that query scans the history).
 */
export async function fetchDataRevision(): Promise<number> {
  const latest = await db.revision.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return latest?.id ?? 0;
}
