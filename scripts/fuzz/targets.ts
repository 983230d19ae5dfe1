import Database from 'better-sqlite3';

/** Real ids of the database the server under test reads, so that requests reach real records too. */
export type FuzzTargets = {
  projects: string[];
  sets: string[];
  figures: string[];
  measures: string[];
  sources: string[];
  enterprises: string[];
  workLines: string[];
  areas: string[];
  chains: string[];
};

/** Reads the ids (a few hundred at most of each: enough to hit real pages, small enough to load fast). */
export function readTargets(databaseUrl: string): FuzzTargets {
  const database = new Database(databaseUrl.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
  const column = (sql: string) =>
    (database.prepare(sql).pluck().all() as (string | null)[]).filter((value): value is string => value !== null);
  try {
    return {
      projects: column('SELECT slug FROM Project WHERE published = 1 ORDER BY id LIMIT 200'),
      sets: column('SELECT id FROM "Set" ORDER BY id LIMIT 200'),
      figures: column('SELECT key FROM Figure ORDER BY key LIMIT 200'),
      measures: column('SELECT DISTINCT measure FROM Figure ORDER BY measure LIMIT 200'),
      sources: column('SELECT id FROM Source ORDER BY id LIMIT 200'),
      enterprises: column('SELECT id FROM Enterprise ORDER BY id LIMIT 200'),
      workLines: column(`SELECT id FROM Initiative WHERE published = 1 AND kind <> 'resultArea' ORDER BY id LIMIT 200`),
      areas: column(`SELECT id FROM Initiative WHERE published = 1 AND kind = 'resultArea' ORDER BY id LIMIT 200`),
      chains: column('SELECT DISTINCT industryChain FROM Project WHERE published = 1 ORDER BY industryChain LIMIT 200'),
    };
  } finally {
    database.close();
  }
}
