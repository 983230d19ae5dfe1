import type { PrismaClient } from '@prisma/client';
import { PrismaClient as PostgresPrismaClient } from '.prisma/client-postgresql';
import { createPostgresAdapter } from '@/lib/postgres-adapter';

/**
 * A Prisma client on PostgreSQL through the pg adapter (issue 12). Prisma refuses an adapter whose
 * engine differs from the schema's provider, so this is the second generated client, from
 * prisma/postgresql/schema.prisma (`npm run db:schemas`). Both are generated from one data model
 * and have the same models and fields; the portal is written against the SQLite client's types,
 * which is why it is typed as that one (PostgreSQL-only options such as `mode: 'insensitive'` stay
 * out of the portal's code).
 */
export function createPostgresPrismaClient(url: string): PrismaClient {
  return new PostgresPrismaClient({ adapter: createPostgresAdapter(url) }) as unknown as PrismaClient;
}
