// Types of database.mjs for the TypeScript scripts (the project type-checks .ts only).
export function fileUrl(relativePath: string): string;
export function prepareDatabase(databaseUrl: string): Promise<void>;
export function checkPostgresLocale(databaseUrl: string): Promise<void>;
