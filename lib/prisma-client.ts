import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { type Prisma, PrismaClient } from '@prisma/client';
import { databaseEngine, resolveDatabaseUrl, resolvePostgresUrl } from '@/lib/database-url';
import { createPostgresPrismaClient } from '@/lib/prisma-client-postgresql';
import { whenUnlocked } from '@/lib/sqlite-busy';
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS } from '@/lib/sqlite-settings';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/** One holder at a time, in the order asked; `take` resolves with the function that hands it on. */
class Turns {
  #last: Promise<void> = Promise.resolve();

  take(): Promise<() => void> {
    let handOn!: () => void;
    const done = new Promise<void>((resolve) => (handOn = resolve));
    const mine = this.#last.then(() => handOn);
    this.#last = this.#last.then(() => done);
    return mine;
  }
}

/**
 * The adapter opens one connection and runs every query of the process on it, transactions
 * included: a page read while an import's transaction is open would see its uncommitted rows
 * (and cache them, even if the import then failed). So two connections, both with the portal's
 * settings (lib/sqlite-settings.ts): transactions and writes on one, plain reads on the other,
 * which in WAL mode sees the last commit and never waits for the writer. The writing one waits
 * for the write lock without blocking the process (lib/sqlite-busy.ts).
 *
 * Writes take turns on the writing connection. The adapter's own lock covers transactions only:
 * a write outside one (a session, the sign-in counter, the pinyin refresh) ran on the same
 * connection inside whatever transaction another request had open, and vanished if that one
 * rolled back. Now a transaction holds the turn from BEGIN to its end, and a lone write waits
 * for it. So code inside a transaction must write through its `tx`, never the outer client.
 */
class ConfiguredBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const [writer, reader] = [await super.connect(), await super.connect()];
    await writer.executeScript(`${CONNECTION_PRAGMAS} PRAGMA busy_timeout = 0;`);
    await reader.executeScript(CONNECTION_PRAGMAS);
    // The adapter keeps its better-sqlite3 connection in `client` (not in its types).
    const connection = (writer as unknown as { client: { exec(sql: string): void } }).client;
    const turns = new Turns();
    const alone = async <T>(write: () => Promise<T>): Promise<T> => {
      const handOn = await turns.take();
      try {
        return await whenUnlocked(write);
      } finally {
        handOn();
      }
    };
    return {
      provider: writer.provider,
      adapterName: writer.adapterName,
      queryRaw: (query) => (isRead(query.sql) ? reader.queryRaw(query) : alone(() => writer.queryRaw(query))),
      executeRaw: (query) => alone(() => writer.executeRaw(query)),
      executeScript: (script) => alone(() => writer.executeScript(script)),
      // Every transaction here writes: it takes the write lock as it begins (BEGIN IMMEDIATE),
      // waiting for it asynchronously (lib/sqlite-busy.ts), instead of finding it taken halfway.
      startTransaction: async (isolationLevel) => {
        const handOn = await turns.take();
        let transaction: Transaction | undefined;
        try {
          transaction = await writer.startTransaction(isolationLevel);
          connection.exec('ROLLBACK');
          await whenUnlocked(() => connection.exec('BEGIN IMMEDIATE'));
        } catch (error) {
          await transaction?.rollback();
          handOn();
          throw error;
        }
        return endsTurn(transaction, handOn);
      },
      dispose: async () => {
        await reader.dispose();
        await writer.dispose();
      },
    };
  }
}

/** The transaction, handing the turn on as it commits or rolls back. */
function endsTurn(transaction: Transaction, handOn: () => void): Transaction {
  const ending = (end: () => Promise<void>) => () => end().finally(handOn);
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    commit: ending(() => transaction.commit()),
    rollback: ending(() => transaction.rollback()),
  };
}

/**
 * The Prisma client for the engine the URL names (issue 12), DATABASE_URL by default: a
 * `postgresql://` URL gives PostgreSQL through the pg adapter (lib/prisma-client-postgresql.ts);
 * anything else the embedded SQLite file through the better-sqlite3 adapter, in WAL mode with a
 * busy timeout. Pages use the single instance in lib/db.ts; scripts and tests call this with
 * their own URL.
 */
export function createPrismaClient(url?: string, options: ClientOptions = {}): PrismaClient {
  const env = url === undefined ? process.env : { DATABASE_URL: url };
  if (databaseEngine(env) === 'postgresql') return createPostgresPrismaClient(resolvePostgresUrl(env), options);
  return new PrismaClient({
    ...options,
    adapter: new ConfiguredBetterSQLite3({ url: url ?? resolveDatabaseUrl(), timeout: BUSY_TIMEOUT_MS }),
  });
}

/** What a caller may set beside the engine's adapter: tests log the statements a path runs. */
export type ClientOptions = Pick<Prisma.PrismaClientOptions, 'log'>;
