import { z } from 'zod';
import { PROJECT_FIELDS, type ProjectFieldKey } from '@/lib/fields/project-fields';
import type { ProjectFieldDecl } from '@/lib/fields/project-field';
import { blankToNull } from '@/lib/validations/project-fields';

/**
 * The catalogue's one parser of each field, wrapped for the form and for the import. Blank means
 * "not given": on the form it is null (not published), or refused where a value is required; in
 * an import a blank cell never reaches the parser ("leave as it is"), and one of spaces is refused.
 */

type Fields = typeof PROJECT_FIELDS;
export type WritableKey = {
  [K in ProjectFieldKey]: Fields[K] extends { parse: z.ZodType } ? K : never;
}[ProjectFieldKey];
export type ImportKey = { [K in ProjectFieldKey]: Fields[K] extends { import: object } ? K : never }[ProjectFieldKey];
type Parsed<K extends WritableKey> = z.output<Fields[K]['parse']>;
type ReadsOwnBlank = { unit: 'list' } | { form: { input: 'checkbox' } };
type FormValue<K extends WritableKey> = Fields[K] extends ReadsOwnBlank | { form: { required: true } }
  ? Parsed<K>
  : Parsed<K> | null;

const readsOwnBlank = (field: ProjectFieldDecl) => field.unit === 'list' || field.form?.input === 'checkbox';

function formParser(field: ProjectFieldDecl): z.ZodType {
  const parse = field.parse!;
  if (readsOwnBlank(field)) return parse;
  return z.preprocess(blankToNull, field.form?.required ? parse : parse.nullable());
}

/** The form's parsers of these fields, by name. */
export function formShape<K extends WritableKey>(keys: readonly K[]): { [P in K]: z.ZodType<FormValue<P>> } {
  return Object.fromEntries(keys.map((key) => [key, formParser(PROJECT_FIELDS[key])])) as {
    [P in K]: z.ZodType<FormValue<P>>;
  };
}

/** The parser of one non-blank import cell. */
export function importParser<K extends ImportKey>(key: K): z.ZodType<Parsed<K>> {
  const field: ProjectFieldDecl = PROJECT_FIELDS[key];
  return (readsOwnBlank(field) ? field.parse! : z.preprocess(blankToNull, field.parse!)) as z.ZodType<Parsed<K>>;
}
