import type { ImportKey } from '@/lib/fields/parsers';
import { labelWithUnit } from '@/lib/fields/project-field';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';

export type { ImportKey } from '@/lib/fields/parsers';

/**
 * The bulk-import template: a Chinese header row for people, then a row of machine keys that
 * the importer reads (columns may be in any order; unknown keys are refused). Data starts on
 * the row after the keys. A blank cell means "leave as it is" for an existing project and
 * "not published" for a new one: a blank never erases a stored value.
 * The columns are the catalogue's fields with an import hint (lib/fields/project-fields.ts), in this order.
 */
const ORDER = [
  'code',
  'slug',
  'name',
  'kind',
  'level',
  'sector',
  'status',
  'statusDate',
  'statusDateConfirmed',
  'totalInvestment',
  'annualPlanInvestment',
  'completedInvestment',
  'progressPercent',
  'startDate',
  'plannedCompletionDate',
  'location',
  'town',
  'description',
  'sets',
] as const satisfies readonly ImportKey[];

export const IMPORT_COLUMNS = ORDER.map((key) => {
  const field = PROJECT_FIELDS[key];
  return { key, header: labelWithUnit(field), hint: field.import.hint };
});

export const IMPORT_KEYS: ImportKey[] = [...ORDER];
export const HEADER_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportKey, string>;

/** One data row of the file: its row number in the file (1-based, as a spreadsheet shows it) and its cells. */
export type ImportRow = { row: number; cells: Partial<Record<ImportKey, string>> };
export type ImportError = { row: number | null; column: string | null; message: string };
