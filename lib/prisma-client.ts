import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS } from '@/lib/sqlite-settings';

/** The adapter opens its connection itself (connect()); the settings are applied right after. */
class ConfiguredBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  }
}

/**
 * A Prisma client on the embedded SQLite file through the better-sqlite3 adapter, in WAL mode
 * with a busy timeout (lib/sqlite-settings.ts).
 * Pages use the single instance in lib/db.ts; scripts and tests call this with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new ConfiguredBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
}
