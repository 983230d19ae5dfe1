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
    return withCatalogText(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return withCatalogText(await super.connectToShadowDb());
  }
}

/** `url` is a `postgresql://` connection string. */
export function createPostgresAdapter(url: string): PrismaPg {
  return new PortalPrismaPg({ connectionString: url });
}
