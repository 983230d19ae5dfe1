/**
 * `npm run db:schemas`: writes the PostgreSQL schema from prisma/schema.prisma (the one source of
 * the data model; scripts/lib/provider-schema.ts says what changes), then generates its client.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { POSTGRESQL_SCHEMA, postgresqlSchema } from './lib/provider-schema';

const root = path.resolve(import.meta.dirname, '..');
const source = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
writeFileSync(path.join(root, POSTGRESQL_SCHEMA), postgresqlSchema(source));
console.log(`db:schemas: wrote ${POSTGRESQL_SCHEMA}`);
execFileSync(path.join(root, 'node_modules/.bin/prisma'), ['generate', '--schema', POSTGRESQL_SCHEMA], {
  cwd: root,
  stdio: 'inherit',
});
