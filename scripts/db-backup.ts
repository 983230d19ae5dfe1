/**
 * `npm run db:backup [-- --out FILE]`: an online, consistent copy of DATABASE_URL through SQLite's
 * backup API, safe while the site serves traffic and officials edit (lib/backup/backup-database.ts).
 * Default FILE: data/backups/portal-<UTC time>.db. Prints the row count and checksum of each table.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase, BackupRefused } from '@/lib/backup/backup-database';
import { refuseOnPostgres } from '@/lib/backup/postgres-refusal';
import { tableChecksums } from '@/lib/backup/table-checksums';
import { resolveDatabaseUrl } from '@/lib/database-url';

async function main() {
  refuseOnPostgres('db:backup');
  const argv = process.argv.slice(2);
  const stamp = new Date().toISOString().replaceAll(/[:.]/g, '-');
  const out = path.resolve(
    argv.includes('--out')
      ? (argv[argv.indexOf('--out') + 1] ?? '')
      : path.join('data', 'backups', `portal-${stamp}.db`),
  );
  mkdirSync(path.dirname(out), { recursive: true });
  const started = performance.now();
  const { pages } = await backupDatabase(resolveDatabaseUrl().slice('file:'.length), out);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`db:backup: ${out} (${pages} pages, ${statSync(out).size} bytes, ${seconds} s, integrity ok)`);
  const copy = new Database(out, { readonly: true });
  for (const { table, rows, sha256 } of tableChecksums(copy))
    console.log(`  ${table.padEnd(28)} ${String(rows).padStart(8)}  ${sha256.slice(0, 16)}`);
  copy.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupRefused ? `db:backup: ${error.message}` : error);
  process.exit(1);
});
