import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { APPLIED_MIGRATIONS_SQL, shippedMigrations } from '../../lib/migrations.mts';
import { ROOT, run } from '../lib/run.mjs';

/** A synthetic benchmark database: its file, DATABASE_URL, and how many projects the listing shows. */
export type SyntheticDatabase = { projects: number; file: string; url: string; listed: number };

export const sizeName = (projects: number) => (projects % 1000 === 0 ? `${projects / 1000}k` : String(projects));

// What an existing file holds; null when it is not a finished database of the current schema.
function inspect(file: string): { synthetic: number; listed: number } | null {
  if (!existsSync(file)) return null;
  const db = new Database(file, { readonly: true });
  try {
    const applied = db.prepare<[], { name: string }>(APPLIED_MIGRATIONS_SQL).all();
    if (applied.map((row) => row.name).join() !== shippedMigrations(ROOT, 'sqlite').join()) return null;
    const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
    return {
      synthetic: count(`SELECT count(*) AS "n" FROM "Project" WHERE "knownAs" = 'synthetic'`),
      listed: count('SELECT count(*) AS "n" FROM "Project" WHERE "published" = 1'),
    };
  } catch {
    return null; // a half-written file from an interrupted run
  } finally {
    db.close();
  }
}

/**
 * data/bench-<size>.db with `projects` synthetic projects: reused when it has that many and every
 * migration of prisma/migrations, otherwise (re)built by `npm run db:synthetic` (~45 s for 100k).
 */
export async function ensureSyntheticDatabase(projects: number): Promise<SyntheticDatabase> {
  const file = path.join(ROOT, 'data', `bench-${sizeName(projects)}.db`);
  let found = inspect(file);
  if (found?.synthetic === projects) {
    console.log(`bench: reusing ${path.relative(ROOT, file)} (${projects} synthetic projects)`);
  } else {
    await run('tsx', ['scripts/db-synthetic.ts', '--projects', String(projects), '--out', file]);
    found = inspect(file);
    if (found?.synthetic !== projects)
      throw new Error(`${file} does not hold ${projects} synthetic projects after db:synthetic`);
  }
  return { projects, file, url: `file:${file}`, listed: found.listed };
}
