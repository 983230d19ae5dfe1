import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAuditTriggers, postgresTriggerSql } from '@/lib/revisions/audit-triggers-postgres';
import { createMigratedDatabase } from '../helpers/migrate';

// PostgreSQL's own: several instances share the database, each hears of a new revision by NOTIFY
// (migration 20261207090000_revision_notify); writers run side by side, and one waits for another's
// context at most as long as SQLite lets it wait for the write lock (20261207100000_write_context_wait).
const POSTGRES_ONLY = ['revision_notify', 'write_context_wait'];

type Stored = { name: string; table: string; body: string; definition: string };

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

/** The database's triggers (not the foreign keys' own), with their functions' source, by name. */
async function storedTriggers(like: string): Promise<Stored[]> {
  const { rows } = await client.query<Stored>(
    `SELECT t.tgname AS name, c.relname AS "table", p.prosrc AS body, pg_get_triggerdef(t.oid) AS definition
     FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid JOIN pg_proc AS p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND t.tgname LIKE $1 ORDER BY t.tgname`,
    [like],
  );
  return rows;
}

describe('the audit triggers on PostgreSQL', () => {
  it('are exactly the ones generated from the schema (npm run db:triggers)', async () => {
    const stored = await storedTriggers('audit%');
    const generated = postgresAuditTriggers().sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(stored.map(({ name, table, body }) => ({ name, table, body }))).toEqual(
      generated.map(({ name, table, body }) => ({ name, table, body })),
    );
    // PostgreSQL keeps a trigger's definition in its own words: compare it with the generated
    // statement's, created again in a transaction that is rolled back.
    await client.query('BEGIN');
    try {
      await client.query(generated.map(postgresTriggerSql).join('\n'));
      expect(await storedTriggers('audit%')).toEqual(stored);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('and every other trigger of the SQLite database but the search index’s exist, on the same tables', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-test-')), 'triggers.db');
    createMigratedDatabase(file);
    const sqlite = new Database(file, { readonly: true });
    const expected = sqlite
      .prepare(
        "SELECT name, tbl_name AS \"table\" FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'search%' ORDER BY name",
      )
      .all();
    sqlite.close();
    const stored = (await storedTriggers('%')).filter(
      (t) => !t.name.startsWith('search') && !POSTGRES_ONLY.includes(t.name),
    );
    expect(stored.map(({ name, table }) => ({ name, table }))).toEqual(expected);
    expect(expected.length).toBe(37);
  });
});
