import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { ensurePostgres } from '../lib/postgres.mjs';

/** A cell of a CSV row: null is PostgreSQL's NULL (an unquoted empty field), everything else quoted. */
export type CsvCell = string | number | null;

const csvCell = (value: CsvCell) => (value === null ? '' : `"${String(value).replaceAll('"', '""')}"`);

/**
 * Streams `rows` into `table` with `psql -c "\copy … FROM STDIN WITH (FORMAT csv)"`: one COPY,
 * not one INSERT per row, so a million rows take seconds. psql is Debian's (beside initdb);
 * the rows are written as psql reads them, so memory stays flat. Returns how many were copied.
 */
export async function copyCsv(
  url: string,
  table: string,
  columns: string[],
  rows: Iterable<CsvCell[]>,
): Promise<number> {
  const psql = path.join(ensurePostgres(), 'psql');
  const command = `\\copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  const child = spawn(psql, ['--no-psqlrc', '--set', 'ON_ERROR_STOP=1', '--quiet', '-d', url, '-c', command], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  child.stdin.on('error', () => {}); // EPIPE when psql stops early: its exit code and message say why
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let count = 0;
  let batch = '';
  for (const row of rows) {
    batch += `${row.map(csvCell).join(',')}\n`;
    count += 1;
    if (batch.length > 1 << 20) {
      // A psql that stopped early (a bad row) never drains: its exit ends the wait.
      if (!child.stdin.write(batch)) await Promise.race([once(child.stdin, 'drain'), exited]);
      batch = '';
    }
  }
  child.stdin.end(batch);
  const [code, signal] = await exited;
  if (code !== 0) throw new Error(`COPY into ${table} failed (${signal ?? code}): ${errors.trim()}`);
  return count;
}
