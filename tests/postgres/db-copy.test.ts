import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PrismaClient } from '@prisma/client';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { postgresModelChecksums, sqliteModelChecksums } from '@/lib/backup/model-checksums';
import { modelTables } from '@/lib/backup/model-tables';
import { checkSecondFactor, issueRecoveryCodes } from '@/lib/auth/second-factor';
import { createSession, findSessionUser } from '@/lib/auth/sessions';
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';
import { searchEverythingWith } from '@/lib/search/search-everything';
import { loadShippedDataset } from '../helpers/load';
import { createMigratedDatabase } from '../helpers/migrate';
import { createUser, totpCode } from '../helpers/users';
import { createPostgresDatabase } from './migrate';

const run = promisify(execFile);
/** This file's database, migrated by tests/postgres/temp-database.ts and left empty: the schema to end with. */
const MIGRATED = process.env.DATABASE_URL!;
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const sqliteFile = path.join(mkdtempSync(path.join(tmpdir(), 'portal-test-')), 'copy.db');
const ZHICHENG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';
const EDITOR = { actor: { role: 'editor' as const, id: 3, name: '王编辑' }, reason: '测试：迁移', sourceRef: null };

/** `npm run db:copy` as an operator runs it, on this machine's Node (the one that loads better-sqlite3). */
const dbCopy = (to: string) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', '--from', `file:${sqliteFile}`, '--to', to], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '' },
  });

const sqliteChecksums = async () => {
  const database = new Database(sqliteFile, { readonly: true });
  try {
    return await sqliteModelChecksums(database, modelTables());
  } finally {
    database.close();
  }
};

let target: string;
let postgres: PrismaClient;
let token: string;
let userId: number;

// The loaded portal on SQLite, with what a live portal holds beyond the dataset: an official's
// edit, a user with a session and a second factor. Then copied into a new, empty database.
beforeAll(async () => {
  process.env.DATABASE_URL = `file:${sqliteFile}`;
  createMigratedDatabase(sqliteFile);
  const sqlite = await loadShippedDataset();
  try {
    const { id } = await sqlite.project.findFirstOrThrow({ where: { slug: ZHICHENG } });
    await withAudit(sqlite, EDITOR, (tx) => tx.project.update({ where: { id }, data: { progressPercent: 35 } }));
    userId = (await createUser(sqlite, 'mover', 'editor', [id], { totp: true })).id;
    token = await createSession(sqlite, userId);
    expect(await issueRecoveryCodes(sqlite, userId)).toHaveLength(10);
  } finally {
    await sqlite.$disconnect();
  }
  target = await createPostgresDatabase(inject('postgresUrl'), 'copy');
  const { stdout } = await dbCopy(target);
  expect(stdout).toMatch(/every table checked/);
  process.env.DATABASE_URL = target;
  postgres = createPrismaClient(target);
});
afterAll(() => postgres?.$disconnect());

it('copies every model table: the same rows, the same checksum', async () => {
  const [expected, actual] = [await sqliteChecksums(), await postgresModelChecksums(target, modelTables())];
  expect(actual.map((t) => t.table)).toEqual(modelTables().map((t) => t.table));
  expect(actual).toEqual(expected);
  const rows = Object.fromEntries(expected.map((t) => [t.table, t.rows]));
  expect(rows).toMatchObject({ Project: 3, User: 1, Session: 1, RecoveryCode: 10, ProjectAssignment: 1 });
  const edit = await postgres.revision.findFirstOrThrow({ where: { actorName: '王编辑' } });
  // The shipped project has no progress figure: the edit gave it one.
  expect([edit.action, JSON.parse(edit.before!).progressPercent, JSON.parse(edit.after!).progressPercent]).toEqual([
    'update',
    null,
    35,
  ]);
});

/** The indexes and the triggers (with whether they are on) of a database. */
async function schemaOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const indexes = await client.query(`SELECT "indexname", "indexdef" FROM "pg_indexes"
      WHERE "schemaname" = current_schema() ORDER BY 1`);
    const triggers = await client.query(
      `SELECT "tgname", "tgenabled" FROM "pg_trigger" WHERE NOT "tgisinternal" ORDER BY 1`,
    );
    return { indexes: indexes.rows, triggers: triggers.rows };
  } finally {
    await client.end();
  }
}

it('leaves the schema as the migrations make it: every index, every trigger on', async () => {
  const [expected, actual] = [await schemaOf(MIGRATED), await schemaOf(target)];
  expect(actual.indexes.map((i) => i.indexname)).toContain('search_doc_grams');
  expect(actual).toEqual(expected);
});

it('runs on PostgreSQL as it did: next ids, search, sessions, second factor', async () => {
  const [lastRevision, lastProblem] = [
    await postgres.revision.aggregate({ _max: { id: true } }),
    await postgres.problem.aggregate({ _max: { id: true } }),
  ];
  const { id: projectId } = await postgres.project.findFirstOrThrow({ where: { slug: ZHICHENG } });
  const problem = await withAudit(postgres, EDITOR, (tx) =>
    tx.problem.create({ data: { projectId, description: '用地', level: 'town', raisedOn: '2026-11-30' } }),
  );
  expect(problem.id).toBe((lastProblem._max.id ?? 0) + 1);
  const revision = await postgres.revision.findFirstOrThrow({ orderBy: { id: 'desc' } });
  expect([revision.id, revision.entityType, revision.action]).toEqual([lastRevision._max.id! + 1, 'problem', 'create']);
  expect((await createUser(postgres, 'next', 'editor')).id).toBe(userId + 1);

  for (const q of ['红木', '智能家居']) {
    const { groups } = await searchEverythingWith(postgres, { q, page: 1 });
    expect(groups.find((g) => g.kind === 'project')?.hits.map((h) => h.ref)).toEqual([ZHICHENG]);
  }
  expect(await findSessionUser(postgres, token)).toMatchObject({ id: userId, username: 'mover' });
  expect(await checkSecondFactor(postgres, userId, totpCode())).toEqual({ ok: true });
});

it('refuses a second copy into the same database, and changes nothing', async () => {
  const before = await postgresModelChecksums(target, modelTables());
  const refused = await dbCopy(target).catch((error: { code: number; stderr: string }) => error);
  expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/already holds portal data/) });
  expect(await postgresModelChecksums(target, modelTables())).toEqual(before);
});
