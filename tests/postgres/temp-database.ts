import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createMigratedPostgresDatabase } from './migrate';

// As tests/helpers/temp-database.ts does for SQLite: each test file gets its own migrated, empty
// database before any module reads DATABASE_URL, so lib/db.ts works on it.
const url = new URL(inject('postgresUrl'));
url.pathname = `/test_${randomUUID().replaceAll('-', '')}`;
await createMigratedPostgresDatabase(inject('postgresUrl'), url.href);
process.env.DATABASE_URL = url.href;
process.env.DOWNLOAD_CACHE_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'portal-test-')), 'download-cache');
