import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { whenUnlocked } from '@/lib/sqlite-busy';
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS } from '@/lib/sqlite-settings';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

/**
 * The adapter opens one connection and runs every query of the process on it, transactions
 * included: a page read while an import's transaction is open would see its uncommitted rows
 * (and cache them, even if the import then failed). So two connections, both with the portal's
 * settings (lib/sqlite-settings.ts): transactions and writes on one, plain reads on the other,
 * which in WAL mode sees the last commit and never waits for the writer. The writing one waits
 * for the write lock without blocking the process (lib/sqlite-busy.ts).
 */
class ConfiguredBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const [writer, reader] = [await super.connect(), await super.connect()];
    await writer.executeScript(`${CONNECTION_PRAGMAS} PRAGMA busy_timeout = 0;`);
    await reader.executeScript(CONNECTION_PRAGMAS);
    // The adapter keeps its better-sqlite3 connection in `client` (not in its types).
    const connection = (writer as unknown as { client: { exec(sql: string): void } }).client;
    return {
      provider: writer.provider,
      adapterName: writer.adapterName,
      queryRaw: (query) => (isRead(query.sql) ? reader.queryRaw(query) : whenUnlocked(() => writer.queryRaw(query))),
      executeRaw: (query) => whenUnlocked(() => writer.executeRaw(query)),
      executeScript: (script) => whenUnlocked(() => writer.executeScript(script)),
      // Every transaction here writes: it takes the write lock as it begins (BEGIN IMMEDIATE),
      // waiting for it asynchronously (lib/sqlite-busy.ts), instead of finding it taken halfway.
      startTransaction: async (isolationLevel) => {
        const transaction = await writer.startTransaction(isolationLevel);
        try {
          connection.exec('ROLLBACK');
          await whenUnlocked(() => connection.exec('BEGIN IMMEDIATE'));
          return transaction;
        } catch (error) {
          await transaction.rollback();
          throw error;
        }
      },
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
