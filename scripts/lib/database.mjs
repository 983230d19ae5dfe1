// Creates or migrates an embedded database and loads the source dataset when it is empty.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './run.mjs';

/** DATABASE_URL for a file under the project, as the adapter expects it. */
export function fileUrl(relativePath) {
  mkdirSync(path.dirname(path.join(ROOT, relativePath)), { recursive: true });
  return `file:./${relativePath}`;
}

export async function prepareDatabase(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl };
  await run('prisma', ['migrate', 'deploy'], env);
  await run('tsx', ['scripts/db-load.ts', '--if-empty'], env);
}
