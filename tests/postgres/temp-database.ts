import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createMigratedPostgresDatabase } from './migrate';

// As tests/helpers/temp-database.ts does for SQLite: each test file gets its own migrated, empty
// database before any module reads DATABASE_URL, so lib/db.ts works on it.
process.env.DATABASE_URL = await createMigratedPostgresDatabase(inject('postgresUrl'));
process.env.DOWNLOAD_CACHE_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'portal-test-')), 'download-cache');
