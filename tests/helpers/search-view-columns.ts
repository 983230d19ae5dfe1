import type { Prisma } from '@prisma/client';
import { modelColumns, type SearchSource } from '@/lib/search/search-triggers';

/** The columns a search_src view reads, by model: every `alias."column"`, aliases from its FROM and JOINs. */
export function viewColumns(sql: string): Map<Prisma.ModelName, Set<string>> {
  const aliases = new Map<string, Prisma.ModelName>();
  for (const [, model, alias] of sql.matchAll(/(?:FROM|JOIN)\s+"(\w+)"\s+(\w+)/g)) {
    aliases.set(alias, model as Prisma.ModelName);
  }
  const read = new Map<Prisma.ModelName, Set<string>>();
  for (const [, alias, column] of sql.matchAll(/\b(\w+)\."(\w+)"/g)) {
    const model = aliases.get(alias);
    if (!model) continue;
    if (!modelColumns(model).includes(column)) throw new Error(`the view reads ${model}.${column}, not in the schema`);
    read.set(model, (read.get(model) ?? new Set()).add(column));
  }
  return read;
}

/**
 * The columns the view reads that no trigger watches, as `Model.column`. The source model's own
 * update trigger fires on any column; a joined model's columns must be watched or declared fixed.
 */
export function unwatchedColumns(source: SearchSource, sql: string): string[] {
  const unwatched: string[] = [];
  for (const [model, columns] of viewColumns(sql)) {
    if (model === source.model) continue;
    const join = source.joins?.find((j) => j.model === model);
    const covered = new Set([join?.references, ...(join?.watched?.columns ?? []), ...(join?.fixed ?? [])]);
    for (const column of columns) if (!covered.has(column)) unwatched.push(`${model}.${column}`);
  }
  return unwatched.sort();
}
