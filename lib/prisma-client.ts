import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { resolveDatabaseUrl } from '@/lib/database-url';

/**
 * A Prisma client on the embedded SQLite file through the better-sqlite3 adapter.
 * Pages use the single instance in lib/db.ts; scripts and tests call this with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
