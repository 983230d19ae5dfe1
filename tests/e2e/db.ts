import Database from 'better-sqlite3';

/** Read-only access to the database the server under test uses (DATABASE_URL, as set by npm test). */
export function openTestDatabase(): Database.Database {
  const url = process.env.DATABASE_URL ?? 'file:./data/e2e.db';
  return new Database(url.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
}
