import type { z } from 'zod';
import { importParser } from '@/lib/fields/parsers';
import { HEADER_OF, IMPORT_KEYS, type ImportError, type ImportKey, type ImportRow } from '@/lib/import/columns';
import { withoutFormulaGuard } from '@/lib/open-data/csv';

// Each column's parser is its field's in the catalogue, the one the workspace form uses.
const FIELD_SCHEMAS = Object.fromEntries(IMPORT_KEYS.map((key) => [key, importParser(key)])) as {
  [K in ImportKey]: ReturnType<typeof importParser<K>>;
};

type Parsed = { [K in ImportKey]?: z.output<(typeof FIELD_SCHEMAS)[K]> };
export type ParsedRow = { row: number; values: Parsed };

/** Each given (non-blank) cell checked on its own; blank cells stay undefined ("leave as it is"). */
export function validateRow({ row, cells }: ImportRow): { parsed: ParsedRow; errors: ImportError[] } {
  const values: Record<string, unknown> = {};
  const errors: ImportError[] = [];
  for (const [key, raw] of Object.entries(cells) as [ImportKey, string][]) {
    if (raw === '') continue;
    // The template (CSV) guards text like =HYPERLINK(…) with an apostrophe; read it back as it was.
    const result = FIELD_SCHEMAS[key].safeParse(withoutFormulaGuard(raw));
    if (result.success) values[key] = result.data;
    else
      errors.push({ row, column: HEADER_OF[key], message: result.error.issues[0]?.message ?? `${HEADER_OF[key]}无效` });
  }
  // The rules between fields (checkProjectRules) are checked by plan-import.ts on the project as it would be.
  return { parsed: { row, values: values as Parsed }, errors };
}
