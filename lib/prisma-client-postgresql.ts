import { Prisma, type PrismaClient } from '@prisma/client';
import { Prisma as PostgresPrisma, PrismaClient as PostgresPrismaClient } from '.prisma/client-postgresql';
import { createPostgresAdapter } from '@/lib/postgres-adapter';
import type { ClientOptions } from '@/lib/prisma-client';

/**
 * A Prisma client on PostgreSQL through the pg adapter (issue 12). Prisma refuses an adapter whose
 * engine differs from the schema's provider, so this is the second generated client, from
 * prisma/postgresql/schema.prisma (`npm run db:schemas`). Both are generated from one data model
 * and have the same models and fields; the portal is written against the SQLite client's types,
 * which is why it is typed as that one (PostgreSQL-only options such as `mode: 'insensitive'` stay
 * out of the portal's code).
 */
export function createPostgresPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  const client = new PostgresPrismaClient({ ...options, adapter: createPostgresAdapter(url) });
  return bridgeRawQueries(client) as unknown as PrismaClient;
}

type RawArgs = [TemplateStringsArray | Prisma.Sql, ...unknown[]];

/**
 * The portal composes raw SQL with `Prisma.sql`, `Prisma.join` and `Prisma.raw` from
 * '@prisma/client', the SQLite client's runtime. This client carries a second copy of that runtime,
 * whose tagged templates recognise only their own fragments (an `instanceof` check): a fragment
 * from the other would be sent as one parameter. So the query is put together by the runtime that
 * made its fragments, and handed over flat, as this runtime's own Sql.
 */
function toPostgresSql([first, ...values]: RawArgs): PostgresPrisma.Sql {
  const composed = Array.isArray(first) ? Prisma.sql(first as TemplateStringsArray, ...values) : (first as Prisma.Sql);
  return PostgresPrisma.sql(composed.strings as unknown as TemplateStringsArray, ...composed.values);
}

const RAW_METHODS = new Set<PropertyKey>(['$queryRaw', '$executeRaw']);

type Callable = (...args: unknown[]) => unknown;

/** The client, and every transaction's client, with `$queryRaw`/`$executeRaw` taking the portal's fragments. */
function bridgeRawQueries<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as Callable;
      if (RAW_METHODS.has(property)) return (...args: RawArgs) => method.call(target, toPostgresSql(args));
      if (property === '$transaction') {
        return (input: unknown, options?: unknown) =>
          typeof input === 'function'
            ? method.call(target, (tx: object) => (input as Callable)(bridgeRawQueries(tx)), options)
            : method.call(target, input, options);
      }
      return method.bind(target);
    },
  });
}
