/**
 * The database's own words for a refused statement (a trigger's RAISE): Prisma keeps them in its
 * error's metadata on SQLite, and passes on the adapter's error, which holds them, on PostgreSQL.
 */
export function driverMessage(error: unknown): unknown {
  const { meta, cause } = error as {
    meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } };
    cause?: { originalMessage?: string };
  };
  return meta?.driverAdapterError?.cause?.originalMessage ?? cause?.originalMessage;
}
