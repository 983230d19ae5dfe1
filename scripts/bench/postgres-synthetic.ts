import pg from 'pg';
import { withGinIndexesBuiltAfter, withUserTriggersOff } from '@/lib/backup/copy-to-postgres';
import { createPrismaClient } from '@/lib/prisma-client';
import { rebuildSearchIndex } from '@/lib/search/rebuild';
import { withDatabaseUrl } from '@/lib/sql/dialect';
import { syntheticEnterprises, syntheticProjects } from '@/lib/synthetic/generate-projects';
import { prepareDatabase } from '../lib/database.mjs';
import { startPostgres } from '../lib/postgres.mjs';
import { copyCsv } from './copy-csv';
import { sizeName } from './synthetic-databases';

/** A throwaway PostgreSQL holding the synthetic database of one size, and what loading it took. */
export type PostgresSynthetic = {
  projects: number;
  url: string;
  listed: number;
  load: { rows: number; copySeconds: number; searchSeconds: number; analyzeSeconds: number; totalSeconds: number };
  stop(): void;
};

// The tables the synthetic rows go into: the same rows, in the same set, as `npm run db:synthetic`.
const BULK_TABLES = ['Enterprise', 'Project', 'SetMembership'];
const PROGRAMME_SET = 'key-projects-2023';
const PROJECT_COLUMNS = [
  'slug',
  'name',
  'enterpriseId',
  'description',
  'sector',
  'industryChain',
  'level',
  'kind',
  'status',
  'totalInvestment',
  'startDate',
  'knownAs',
] as const;

const seconds = (since: number) => (performance.now() - since) / 1000;

async function copySyntheticRows(client: pg.Client, url: string, projects: number): Promise<number> {
  // The audit triggers are off for the bulk load: these rows are synthetic, with no history to
  // record (a revision per row would double the load), and a trigger per row is what COPY avoids.
  // The search triggers are off with them: the index is rebuilt from the views below.
  return withUserTriggersOff(client, BULK_TABLES, async () => {
    const now = new Date().toISOString();
    let rows = await copyCsv(
      url,
      'Enterprise',
      ['id', 'name', 'updatedAt'],
      syntheticEnterprises().map((e) => [e.id, e.name, now]),
    );
    rows += await copyCsv(
      url,
      'Project',
      [...PROJECT_COLUMNS, 'updatedAt'],
      syntheticProjects(projects).map((p) => [...PROJECT_COLUMNS.map((column) => p[column]), now]),
    );
    const memberships = await client.query(
      `INSERT INTO "SetMembership" ("setId", "projectId")
       SELECT $1, "id" FROM "Project" WHERE "knownAs" = 'synthetic' ORDER BY "id"`,
      [PROGRAMME_SET],
    );
    return rows + (memberships.rowCount ?? 0);
  });
}

/**
 * Starts a throwaway PostgreSQL, prepares it as `npm start` does (migrations, the shipped
 * dataset), copies `projects` synthetic projects into it (lib/synthetic, the rows of `npm run
 * db:synthetic`), fills the search index with the portal's own rebuild (every document from the
 * search_src views, then the pinyin of names), and VACUUM ANALYZE: fresh statistics for the
 * planner, and a visibility map that lets the listing read its covering indexes alone.
 */
export async function loadPostgresSynthetic(
  projects: number,
  settings: Record<string, string> = {},
): Promise<PostgresSynthetic> {
  const started = performance.now();
  const server = await startPostgres({ database: `bench_${sizeName(projects)}`, settings });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await client.connect();
    await prepareDatabase(server.url);
    let since = performance.now();
    const rows = await copySyntheticRows(client, server.url, projects);
    const copySeconds = seconds(since);
    since = performance.now();
    await withGinIndexesBuiltAfter(client, 'search_doc', async () => {
      const prisma = createPrismaClient(server.url);
      try {
        await withDatabaseUrl(server.url, () => rebuildSearchIndex(prisma));
      } finally {
        await prisma.$disconnect();
      }
    });
    const searchSeconds = seconds(since);
    since = performance.now();
    await client.query('VACUUM ANALYZE');
    const analyzeSeconds = seconds(since);
    const listed = await client.query<{ n: string }>(`SELECT count(*) AS "n" FROM "Project" WHERE "published"`);
    return {
      projects,
      url: server.url,
      listed: Number(listed.rows[0].n),
      load: { rows, copySeconds, searchSeconds, analyzeSeconds, totalSeconds: seconds(started) },
      stop: server.stop,
    };
  } catch (error) {
    server.stop();
    throw error;
  } finally {
    await client.end();
  }
}
