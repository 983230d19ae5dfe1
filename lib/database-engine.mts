/**
 * The two engines the portal runs on (issue 12): SQLite unless DATABASE_URL names PostgreSQL.
 * Node built-ins only, so that the start scripts (scripts/lib/database.mjs) share it with the portal.
 */
export type DatabaseEngine = 'sqlite' | 'postgresql';

export function databaseEngine(env: Partial<NodeJS.ProcessEnv> = process.env): DatabaseEngine {
  return /^\s*postgres(?:ql)?:\/\//.test(env.DATABASE_URL ?? '') ? 'postgresql' : 'sqlite';
}
