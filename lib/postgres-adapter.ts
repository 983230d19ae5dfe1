import { PrismaPg } from '@prisma/adapter-pg';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type Field = { dataTypeID: number };
type PerformIO = (query: unknown) => Promise<{ fields: Field[] }>;

const TEXT = 25;
// PostgreSQL's catalog types `"char"` (18) and `name` (19): the adapter has no mapping for them and
// fails any result that holds one ("Column type 'name' could not be deserialized"), which every
// `prisma migrate` command reads from the catalog (prisma/orm#27403, open for Prisma 6.19). Both
// arrive from pg as strings, so they are declared text.
const CATALOG_TEXT_TYPES = new Set([18, 19]);

/** Patches the one method every query of a connection or transaction goes through (`performIO`, not in the types). */
function readingCatalogText<T extends object>(queryable: T): T {
  const target = queryable as unknown as { performIO: PerformIO };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    return result;
  };
  return queryable;
}

/**
 * adapter-pg 6.19 runs a migration by splitting it at every ";", which cuts apart the body of a
 * PL/pgSQL function (the audit triggers', prisma/postgresql/migrations) and any comment holding
 * one. PostgreSQL runs a script of several statements sent as one query, in one implicit
 * transaction, as psql and Prisma's own schema engine send it; errors go through the adapter's
 * `onError` (not in the types), so Prisma reports them as before.
 */
function runningWholeScripts(adapter: Adapter): Adapter {
  const { onError } = adapter as unknown as { onError: (error: unknown) => never };
  adapter.executeScript = async (script) => {
    try {
      await (adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> }).query(script);
    } catch (error) {
      onError.call(adapter, error);
    }
  };
  return adapter;
}

function withCatalogText(adapter: Adapter): Adapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => readingCatalogText(await startTransaction(isolationLevel));
  return readingCatalogText(adapter);
}

/**
 * The Prisma driver adapter for PostgreSQL (`pg`), used by the portal's client and by the Prisma
 * CLI (prisma.config.ts), its shadow database included.
 */
class PortalPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    return runningWholeScripts(withCatalogText(await super.connect()));
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return runningWholeScripts(withCatalogText(await super.connectToShadowDb()));
  }
}

/**
 * Settings of the portal's sessions. Its statements are short reads of a page, which two of
 * PostgreSQL's defaults slow down at a million projects (measured with the listing's own reads,
 * README "Measured on PostgreSQL"): JIT compiles any statement the planner expects to be costly,
 * 70 ms for a keyword listing that then ran in 2 ms; and parallel workers, whose start cost more
 * than they saved, 116–146 ms against 41–66 ms for the slowest keyword listings. Options in the
 * connection string (`?options=…`) replace these.
 */
export const SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

/** `url` is a `postgresql://` connection string. */
export function createPostgresAdapter(url: string): PrismaPg {
  return new PortalPrismaPg({ connectionString: url, options: SESSION_OPTIONS });
}
