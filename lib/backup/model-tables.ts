import { Prisma } from '@prisma/client';
import type Database from 'better-sqlite3';

/** The Prisma scalar types the data model uses; a new one must be taught to model-checksums.ts first. */
const SCALAR_TYPES = ['String', 'Int', 'BigInt', 'Boolean', 'DateTime', 'Bytes'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

export type ModelColumn = { name: string; type: ScalarType };
export type ModelTable = { table: string; columns: ModelColumn[] };
/** What the catalog adds (the runtime data model carries no keys): the primary key, the foreign keys. */
export type TableKeys = { primaryKey: string[]; references: { table: string; from: string; to: string }[] };

export const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the Prisma models with its stored columns and their Prisma types, from the one
 * data model both engines share: the portal's own tables, never the search index nor
 * `_prisma_migrations`.
 */
export function modelTables(): ModelTable[] {
  return Prisma.dmmf.datamodel.models.map((model) => ({
    table: model.dbName ?? model.name,
    columns: model.fields
      .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
      .map((field) => {
        if (!(SCALAR_TYPES as readonly string[]).includes(field.type))
          throw new Error(`${model.name}.${field.name} has type ${field.type}, which db:copy does not know`);
        return { name: field.dbName ?? field.name, type: field.type as ScalarType };
      }),
  }));
}

/** A table's keys as SQLite's catalog records them (the same on PostgreSQL: one data model). */
export function sqliteTableKeys(database: Database.Database, table: string): TableKeys {
  const columns = database.prepare<[], { name: string; pk: number }>(`PRAGMA table_info(${quoteName(table)})`).all();
  const references = database
    .prepare<[], { table: string; from: string; to: string }>(`PRAGMA foreign_key_list(${quoteName(table)})`)
    .all()
    .map(({ table: parent, from, to }) => ({ table: parent, from, to }));
  return {
    primaryKey: columns
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name),
    references,
  };
}

/** The tables so that each comes after those its foreign keys point to (a table may point to itself). */
export function foreignKeyOrder<T extends ModelTable>(tables: T[], keys: (table: string) => TableKeys): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  let waiting = tables;
  while (waiting.length > 0) {
    const ready = waiting.filter(({ table }) =>
      keys(table).references.every((reference) => reference.table === table || placed.has(reference.table)),
    );
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among ${waiting.map((t) => t.table).join(', ')}`);
    for (const table of ready) placed.add(table.table);
    ordered.push(...ready);
    waiting = waiting.filter((table) => !ready.includes(table));
  }
  return ordered;
}
