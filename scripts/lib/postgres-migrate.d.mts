// Types of postgres-migrate.mjs for the TypeScript scripts and tests.
export function migratePostgres(databaseUrl: string, root: string): Promise<string[]>;
