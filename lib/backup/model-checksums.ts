import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import pg from 'pg';
import { type ModelColumn, type ModelTable, quoteName, sqliteTableKeys } from '@/lib/backup/model-tables';
import type { TableChecksum } from '@/lib/backup/table-checksums';

/** A DateTime stored without a zone is UTC: SQLite's CURRENT_TIMESTAMP, PostgreSQL's timestamp(3). */
const WITHOUT_ZONE = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?$/;

function unexpected(column: ModelColumn, raw: unknown): never {
  throw new Error(`${column.name} (${column.type}): unexpected stored value ${String(raw)}`);
}

/**
 * A stored value as the Prisma type of its column reads it, whichever engine stored it: SQLite's
 * integers (0/1 for Boolean), its DateTime text (the adapter writes ISO 8601 with an offset) or
 * epoch milliseconds; PostgreSQL's text form ('t'/'f', '2026-11-30 01:54:40.894', '\x…').
 * Int → number, BigInt → decimal text, Boolean → boolean, DateTime → ISO 8601 in UTC, Bytes → Buffer.
 */
export function prismaValue(column: ModelColumn, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (column.type) {
    case 'String':
      return typeof raw === 'string' ? raw : unexpected(column, raw);
    case 'Int':
      return Number(raw);
    case 'BigInt':
      return BigInt(raw as string).toString();
    case 'Boolean':
      if (raw === 1 || raw === 1n || raw === 't' || raw === true) return true;
      if (raw === 0 || raw === 0n || raw === 'f' || raw === false) return false;
      return unexpected(column, raw);
    case 'DateTime': {
      const at =
        typeof raw === 'string'
          ? new Date(WITHOUT_ZONE.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw)
          : new Date(Number(raw));
      return Number.isNaN(at.getTime()) ? unexpected(column, raw) : at.toISOString();
    }
    case 'Bytes':
      if (Buffer.isBuffer(raw)) return raw;
      return typeof raw === 'string' && raw.startsWith('\\x')
        ? Buffer.from(raw.slice(2), 'hex')
        : unexpected(column, raw);
  }
}

/**
 * Row count and SHA-256 of a model table's rows, given in primary-key order: one canonical JSON
 * line per row, its values read by Prisma type (prismaValue, bytes in base64), so that the same
 * data hashes alike on SQLite and PostgreSQL.
 */
export async function modelTableChecksum(
  { table, columns }: ModelTable,
  rows: Iterable<unknown[]> | AsyncIterable<unknown[]>,
): Promise<TableChecksum> {
  const hash = createHash('sha256').update(`${JSON.stringify(columns)}\n`);
  let count = 0;
  for await (const row of rows) {
    const values = columns.map((column, i) => {
      const value = prismaValue(column, row[i]);
      return Buffer.isBuffer(value) ? value.toString('base64') : value;
    });
    hash.update(`${JSON.stringify(values)}\n`);
    count += 1;
  }
  return { table, rows: count, sha256: hash.digest('hex') };
}

const selectInKeyOrder = ({ table, columns }: ModelTable, primaryKey: string[]) =>
  `SELECT ${columns.map((c) => quoteName(c.name)).join(', ')} FROM ${quoteName(table)} ` +
  `ORDER BY ${primaryKey.map(quoteName).join(', ')}`;

/** The checksums of the model tables in a SQLite database (read in one snapshot when the caller holds one). */
export async function sqliteModelChecksums(database: Database.Database, tables: ModelTable[]) {
  const checksums: TableChecksum[] = [];
  for (const table of tables) {
    const rows = database
      .prepare(selectInKeyOrder(table, sqliteTableKeys(database, table.table).primaryKey))
      .raw()
      .safeIntegers(true)
      .iterate() as IterableIterator<unknown[]>;
    checksums.push(await modelTableChecksum(table, rows));
  }
  return checksums;
}

const PRIMARY_KEY_SQL = `SELECT a."attname" FROM "pg_index" i
  CROSS JOIN unnest(i."indkey") WITH ORDINALITY AS k("attnum", "position")
  JOIN "pg_attribute" a ON a."attrelid" = i."indrelid" AND a."attnum" = k."attnum"
  WHERE i."indrelid" = to_regclass($1) AND i."indisprimary" ORDER BY k."position"`;

/** Rows of a query in pages through a cursor (the caller holds a transaction), as PostgreSQL writes them as text. */
async function* cursorRows(client: pg.Client, sql: string): AsyncGenerator<unknown[]> {
  await client.query(`DECLARE "checksum_rows" NO SCROLL CURSOR FOR ${sql}`);
  for (;;) {
    const { rows } = await client.query<unknown[]>({ text: 'FETCH 5000 FROM "checksum_rows"', rowMode: 'array' });
    if (rows.length === 0) break;
    yield* rows;
  }
  await client.query('CLOSE "checksum_rows"');
}

/** The checksums of the model tables in a PostgreSQL database, read in one snapshot. */
export async function postgresModelChecksums(url: string, tables: ModelTable[]): Promise<TableChecksum[]> {
  // Every value as PostgreSQL's text: prismaValue reads it, not pg's local-time dates.
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: () => (text: string) => text } });
  await client.connect();
  try {
    // The text forms prismaValue reads, whatever the server's defaults.
    await client.query(`SET DateStyle = 'ISO'; SET bytea_output = 'hex'`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const checksums: TableChecksum[] = [];
    for (const table of tables) {
      const key = await client.query<{ attname: string }>(PRIMARY_KEY_SQL, [quoteName(table.table)]);
      const primaryKey = key.rows.map((row) => row.attname);
      checksums.push(await modelTableChecksum(table, cursorRows(client, selectInKeyOrder(table, primaryKey))));
    }
    await client.query('COMMIT');
    return checksums;
  } finally {
    await client.end();
  }
}
