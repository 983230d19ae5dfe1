import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export type TableChecksum = { table: string; rows: number; sha256: string };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Row count and a SHA-256 over every row of every stored table (the search index's shadow tables
 * included, virtual tables left out: their content is those shadow tables), rows in the order of
 * all their columns so that two copies of the same data hash alike. `where` limits a table's rows.
 */
export function tableChecksums(database: Database.Database, where: Record<string, string> = {}): TableChecksum[] {
  const tables = database
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .all();
  return tables.map(({ name }) => {
    const columns = database.prepare(`SELECT * FROM ${quote(name)} LIMIT 0`).columns().length;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    const rows = database
      .prepare(`SELECT * FROM ${quote(name)} ${where[name] ? `WHERE ${where[name]}` : ''} ORDER BY ${order}`)
      .raw()
      .iterate() as IterableIterator<unknown[]>;
    const hash = createHash('sha256');
    let count = 0;
    for (const row of rows) {
      for (const cell of row) {
        // Type and length first, so that no two different rows hash the same bytes.
        const bytes = Buffer.isBuffer(cell) ? cell : Buffer.from(String(cell));
        hash
          .update(`${cell === null ? 'null' : Buffer.isBuffer(cell) ? 'blob' : typeof cell}:${bytes.length}:`)
          .update(bytes);
      }
      count += 1;
    }
    return { table: name, rows: count, sha256: hash.digest('hex') };
  });
}
