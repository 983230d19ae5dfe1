import type Database from 'better-sqlite3';
import type pg from 'pg';
import { prismaValue } from '@/lib/backup/model-checksums';
import {
  foreignKeyOrder,
  type ModelTable,
  quoteName,
  sqliteTableKeys,
  type TableKeys,
} from '@/lib/backup/model-tables';

/** PostgreSQL takes at most 65,535 parameters in one statement; 1,000 rows a statement is plenty. */
const MAX_PARAMETERS = 65_535;
const MAX_BATCH_ROWS = 1_000;

/** The first model table of the target that holds a row (one that does not exist yet holds none). */
export async function tableWithRows(client: pg.Client, tables: ModelTable[]): Promise<string | null> {
  for (const { table } of tables) {
    const { rows } = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS "present"', [
      quoteName(table),
    ]);
    if (rows[0].present && (await client.query(`SELECT 1 FROM ${quoteName(table)} LIMIT 1`)).rowCount) return table;
  }
  return null;
}

/** A table's rows so that a row pointing to another row of its own table comes after it. */
function* parentsFirst(rows: Iterable<unknown[]>, table: ModelTable, keys: TableKeys): Generator<unknown[]> {
  const own = keys.references.filter((reference) => reference.table === table.table);
  if (own.length === 0) return yield* rows;
  const index = (name: string) => table.columns.findIndex((column) => column.name === name);
  const key = (row: unknown[], columns: number[]) => JSON.stringify(columns.map((i) => String(row[i])));
  const [from, to] = [own.map((r) => index(r.from)), own.map((r) => index(r.to))];
  const placed = new Set<string>();
  let waiting = [...rows];
  while (waiting.length > 0) {
    const ready = waiting.filter((row) => from.some((i) => row[i] === null) || placed.has(key(row, from)));
    if (ready.length === 0) throw new Error(`${table.table}: rows point to rows that are missing`);
    for (const row of ready) placed.add(key(row, to));
    yield* ready;
    waiting = waiting.filter((row) => !ready.includes(row));
  }
}

async function insertBatch(client: pg.Client, table: ModelTable, batch: unknown[][]): Promise<void> {
  const width = table.columns.length;
  const values = batch.map((_, r) => `(${table.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
  await client.query(
    `INSERT INTO ${quoteName(table.table)} (${table.columns.map((c) => quoteName(c.name)).join(', ')}) ` +
      `VALUES ${values.join(', ')}`,
    batch.flatMap((row) => table.columns.map((column, i) => prismaValue(column, row[i]))),
  );
}

/** Copies one table's rows in primary-key order, in multi-row INSERTs; returns how many. */
async function copyTable(source: Database.Database, client: pg.Client, table: ModelTable, keys: TableKeys) {
  const select =
    `SELECT ${table.columns.map((c) => quoteName(c.name)).join(', ')} FROM ${quoteName(table.table)} ` +
    `ORDER BY ${keys.primaryKey.map(quoteName).join(', ')}`;
  const rows = source.prepare(select).raw().safeIntegers(true).iterate() as IterableIterator<unknown[]>;
  const batchRows = Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / table.columns.length));
  let batch: unknown[][] = [];
  let count = 0;
  for (const row of parentsFirst(rows, table, keys)) {
    batch.push(row);
    if (batch.length === batchRows) {
      await insertBatch(client, table, batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await insertBatch(client, table, batch);
  return count + batch.length;
}

/**
 * Sets each serial sequence where SQLite's AUTOINCREMENT stood: past the highest id it ever gave
 * (sqlite_sequence, which remembers deleted rows) or the highest id copied, so that the next
 * write gets the id it would have had on SQLite.
 */
async function resetSequences(source: Database.Database, client: pg.Client, tables: ModelTable[]): Promise<void> {
  const given = new Map(
    source
      .prepare<[], { name: string; seq: number }>('SELECT "name", "seq" FROM "sqlite_sequence"')
      .all()
      .map(({ name, seq }) => [name, seq]),
  );
  for (const { table } of tables) {
    const serial = await client.query<{ column_name: string }>(
      `SELECT "column_name" FROM "information_schema"."columns"
       WHERE "table_schema" = current_schema() AND "table_name" = $1 AND "column_default" LIKE 'nextval(%'`,
      [table],
    );
    for (const { column_name: column } of serial.rows)
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), "last") FROM (
           SELECT GREATEST(max(${quoteName(column)}), CAST($3 AS BIGINT)) AS "last" FROM ${quoteName(table)}
         ) AS "highest" WHERE "last" > 0`,
        [quoteName(table), column, given.get(table) ?? null],
      );
  }
}

/**
 * Copies every model table of `source` into the empty, migrated PostgreSQL database of `client`,
 * inside the caller's transaction, keeping every id; returns the rows copied per table.
 * The target's own triggers are off during the copy (ALTER TABLE … DISABLE TRIGGER USER, as the
 * tables' owner; back on before the caller commits): the revisions are copied, not recorded
 * again, no write is refused for want of withAudit(), and the search index is rebuilt after.
 * Foreign keys (system triggers) stay checked.
 */
export async function copyModelTables(source: Database.Database, client: pg.Client, tables: ModelTable[]) {
  const keys = new Map(tables.map(({ table }) => [table, sqliteTableKeys(source, table)]));
  return withUserTriggersOff(
    client,
    tables.map(({ table }) => table),
    async () => {
      const copied: { table: string; rows: number }[] = [];
      for (const table of foreignKeyOrder(tables, (name) => keys.get(name)!))
        copied.push({ table: table.table, rows: await copyTable(source, client, table, keys.get(table.table)!) });
      await resetSequences(source, client, tables);
      return copied;
    },
  );
}

/**
 * Runs `fill` (a bulk load of `tables`) with their own triggers off, as the tables' owner may
 * (`session_replication_role` needs a superuser); foreign keys (system triggers) stay checked. Back
 * on once `fill` has succeeded; after a failure the caller's transaction is rolled back, or the
 * throwaway database dropped, with them.
 */
export async function withUserTriggersOff<T>(client: pg.Client, tables: string[], fill: () => Promise<T>) {
  for (const table of tables) await client.query(`ALTER TABLE ${quoteName(table)} DISABLE TRIGGER USER`);
  const result = await fill();
  for (const table of tables) await client.query(`ALTER TABLE ${quoteName(table)} ENABLE TRIGGER USER`);
  return result;
}

/**
 * Runs `fill` (a bulk load of `table`) without the table's GIN indexes, then builds them again
 * from their own definitions in the catalog, as the migrations made them. One build over the
 * loaded rows is far faster than keeping them up to date row by row (measured on the search
 * index of 100,000 projects: 82 s instead of 436 s); they are built again even when `fill` fails.
 */
export async function withGinIndexesBuiltAfter<T>(client: pg.Client, table: string, fill: () => Promise<T>) {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT "indexname" AS "name", "indexdef" AS "definition" FROM "pg_indexes"
     WHERE "schemaname" = current_schema() AND "tablename" = $1 AND "indexdef" LIKE '% USING gin %'`,
    [table],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${quoteName(name)}`);
  try {
    return await fill();
  } finally {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const { definition } of rows) await client.query(definition);
  }
}
