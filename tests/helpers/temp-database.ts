import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMigratedDatabase } from './migrate';

// Each test file gets its own migrated, empty database before any module reads DATABASE_URL,
// so lib/db.ts and the loader work on it and never on data/portal.db; kept downloads go
// beside it, never into data/download-cache.
const folder = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
const file = path.join(folder, 'test.db');
createMigratedDatabase(file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DOWNLOAD_CACHE_DIR = path.join(folder, 'download-cache');
