import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { resolveDatabaseUrl } from './lib/database-url';
import { SEARCH_KINDS } from './lib/search/kinds';

// Prisma 6.19 with the JavaScript engine: no native engine is downloaded (see README).
export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  // The search index (migration 20261129020000_search_index) is SQL-only: FTS5 tables, their
  // shadow tables and the views feeding them. External, so schema diffs never drop them.
  tables: {
    external: [
      'search_doc',
      'search_seq',
      ...['search_trigram', 'search_bigram'].flatMap((fts) =>
        ['', '_data', '_idx', '_docsize', '_config'].map((suffix) => `${fts}${suffix}`),
      ),
      ...SEARCH_KINDS.map((kind) => `search_src_${kind}`),
    ],
  },
  migrations: {
    path: path.join('prisma', 'migrations'),
    seed: 'tsx scripts/db-load.ts',
  },
  async adapter() {
    return new PrismaBetterSQLite3({ url: resolveDatabaseUrl() });
  },
});
