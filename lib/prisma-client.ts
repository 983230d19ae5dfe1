import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS } from '@/lib/sqlite-settings';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

/**
 * The adapter opens one connection and runs every query of the process on it, transactions
 * included: a page read while an import's transaction is open would see its uncommitted rows
 * (and cache them, even if the import then failed). So two connections, both with the portal's
 * settings (lib/sqlite-settings.ts): transactions and writes on one, plain reads on the other,
 * which in WAL mode sees the last commit and never waits for the writer.
 */
class ConfiguredBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const [writer, reader] = [await super.connect(), await super.connect()];
    await writer.executeScript(CONNECTION_PRAGMAS);
    await reader.executeScript(CONNECTION_PRAGMAS);
    return {
      provider: writer.provider,
      adapterName: writer.adapterName,
      queryRaw: (query) => (isRead(query.sql) ? reader : writer).queryRaw(query),
      executeRaw: (query) => writer.executeRaw(query),
      executeScript: (script) => writer.executeScript(script),
      startTransaction: (isolationLevel) => writer.startTransaction(isolationLevel),
      dispose: async () => {
        await reader.dispose();
        await writer.dispose();
      },
    };
  }
}

/**
 * A Prisma client on the embedded SQLite file through the better-sqlite3 adapter, in WAL mode
 * with a busy timeout. Pages use the single instance in lib/db.ts; scripts and tests call this
 * with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new ConfiguredBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
}
