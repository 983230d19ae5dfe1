import path from 'node:path';
import { z } from 'zod';

import { databaseEngine } from './database-engine.mts';

export { databaseEngine, type DatabaseEngine } from './database-engine.mts';

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
export function resolveDatabaseUrl(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const raw = env.DATABASE_URL ?? `file:./${DEFAULT_DATABASE_FILE}`;
  const url = databaseUrlSchema.parse(raw);
  return `file:${path.resolve(url.slice('file:'.length))}`;
}

type DatabaseEnv = Partial<NodeJS.ProcessEnv>;

const postgresUrlSchema = z
  .string()
  .trim()
  .regex(/^postgres(?:ql)?:\/\/.+/, 'DATABASE_URL must be a PostgreSQL URL such as postgresql://user@host:5432/portal');

/** Which database DATABASE_URL names, on either engine (what caches keyed by database use). */
export function databaseKey(env: DatabaseEnv = process.env): string {
  return databaseEngine(env) === 'postgresql' ? resolvePostgresUrl(env) : resolveDatabaseUrl(env);
}

/** The connection string for the pg adapter, as given (pg reads user, host, port, database and options from it). */
export function resolvePostgresUrl(env: DatabaseEnv = process.env): string {
  return postgresUrlSchema.parse(env.DATABASE_URL);
}
