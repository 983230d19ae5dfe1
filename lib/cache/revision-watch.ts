import pg from 'pg';
import { resolveDatabaseUrl, resolvePostgresUrl } from '@/lib/database-url';
import { ACTIVE, orphaned } from '@/lib/import/import-job';
import { onPostgres } from '@/lib/sql/dialect';
import { openSqlite } from '@/lib/sqlite-settings';

/**
 * What the cache invalidation (invalidation.ts) asks the database every half second, on its own
 * connection so that it never queues behind the portal's queries: the newest revision, and
 * whether an import is being applied or undone by a living process.
 */
export type RevisionWatch = {
  newest(): Promise<number>;
  importRunning(): Promise<boolean>;
};

type Job = { owner: string; heartbeat: string | number | Date };

const NEWEST = 'SELECT max("id") AS "id" FROM "Revision"';
const ACTIVE_JOBS = `SELECT "owner", "heartbeat" FROM "ImportJob" WHERE "status" IN (${ACTIVE.map((s) => `'${s}'`).join(', ')})`;
/** Sent by a trigger on "Revision" when a write commits (PostgreSQL migration 20261207090000_revision_notify). */
export const REVISION_CHANNEL = 'portal_revision';

// A job left by a crashed process holds nothing: the next process finishes it (import-job.ts).
const anyLiving = (jobs: Job[]) =>
  jobs.some((job) => !orphaned({ owner: job.owner, heartbeat: new Date(job.heartbeat) }));

/**
 * `onRevision` runs when another process (or this one) has committed a revision: on PostgreSQL at
 * once, through LISTEN; on SQLite there is no such signal, and the half-second poll finds it.
 */
export function watchRevisions(onRevision: () => void): RevisionWatch {
  return onPostgres() ? watchPostgres(onRevision) : watchSqlite();
}

function watchSqlite(): RevisionWatch {
  // Read-only, in WAL mode: it never waits for a writer, and a writer never waits for it.
  const database = openSqlite(resolveDatabaseUrl().slice('file:'.length), { readonly: true });
  const newest = database.prepare<[], { id: number | null }>(NEWEST);
  const activeJobs = database.prepare<[], Job>(ACTIVE_JOBS);
  return {
    newest: async () => newest.get()?.id ?? 0,
    importRunning: async () => anyLiving(activeJobs.all()),
  };
}

/**
 * One dedicated connection that listens. When it drops (a restarted database, a network cut), the
 * next poll opens another, and the poll alone keeps the pages right in between.
 */
function watchPostgres(onRevision: () => void): RevisionWatch {
  let connection: Promise<pg.Client> | null = null;
  const release = (client: pg.Client) => {
    client.removeAllListeners();
    client.on('error', () => {});
    void client.end().catch(() => {});
  };
  const connect = async () => {
    const client = new pg.Client({ connectionString: resolvePostgresUrl() });
    const drop = () => {
      connection = null;
      release(client);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', onRevision);
    await client.connect();
    await client.query(`LISTEN ${REVISION_CHANNEL}`);
    return client;
  };
  const query = async <Row extends object>(sql: string): Promise<Row[]> => {
    const current = (connection ??= connect().catch((error) => {
      connection = null;
      throw error;
    }));
    const client = await current;
    try {
      return (await client.query<Row>(sql)).rows;
    } catch (error) {
      // The poll that meets a cut connection fails, and the next opens another: its 'error' or
      // 'end' event may come only after this rejection, and a poll in between met the dead one again.
      if (connection === current) {
        connection = null;
        release(client);
      }
      throw error;
    }
  };
  return {
    newest: async () => (await query<{ id: number | null }>(NEWEST))[0]?.id ?? 0,
    importRunning: async () => anyLiving(await query<Job>(ACTIVE_JOBS)),
  };
}
