import path from 'node:path';
import { z } from 'zod';

/** Where the embedded SQLite file lives unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_FILE = path.join('data', 'portal.db');

const databaseUrlSchema = z
  .string()
  .trim()
  .regex(/^file:.+/, 'DATABASE_URL must be a SQLite file URL such as file:./data/portal.db');

/**
 * The adapter URL for better-sqlite3. Relative paths resolve against the working directory,
 * which is the project root for npm scripts, `next start` and the tests.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL ?? `file:./${DEFAULT_DATABASE_FILE}`;
  const url = databaseUrlSchema.parse(raw);
  return `file:${path.resolve(url.slice('file:'.length))}`;
}
