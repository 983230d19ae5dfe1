/**
 * `npm run db:triggers -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql,
 * which recreates every audit trigger from the schema (lib/revisions/audit-triggers.ts). Run it
 * after `prisma migrate dev --create-only` has written a migration that changes an audited model,
 * or on its own; tests/integration/audit.test.ts fails until the triggers match the schema.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditTriggerMigration } from '@/lib/revisions/audit-triggers';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:triggers -- <migration_name> (lower case, digits and _)');
  process.exit(2);
}
// After every existing migration, whatever the clock says: migrations apply in name order.
const migrations = path.resolve('prisma/migrations');
const latest = Math.max(
  ...readdirSync(migrations)
    .filter((f) => /^\d{14}_/.test(f))
    .map((f) => Number(f.slice(0, 14))),
);
const now = Number(new Date().toISOString().replace(/\D/g, '').slice(0, 14));
const folder = path.join(migrations, `${Math.max(now, latest + 1)}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, 'migration.sql'), auditTriggerMigration());
console.log(`db:triggers: wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
