import type { ImportError } from '@/lib/import/columns';
import type { ImportSummary } from '@/lib/import/apply-import';

/** What the import page shows after a dry run or an apply (serializable for useActionState). */
export type ImportState = {
  errors: ImportError[];
  fieldErrors: Record<string, string>;
  preview: {
    creates: { row: number; slug: string; name: string }[];
    updates: { row: number; slug: string; name: string; fields: string[] }[];
    unchanged: number;
    encoding: string;
  } | null;
  /** The checked file, carried to the apply step (base64), so nothing else can be applied. */
  file: { name: string; content: string } | null;
  applied: ImportSummary | null;
  values: { reason: string; evidence: string };
};

export const EMPTY_IMPORT_STATE: ImportState = { errors: [], fieldErrors: {}, preview: null, file: null, applied: null, values: { reason: '', evidence: '' } };

/** Web uploads are carried through the page between the dry run and the apply; bigger files go through `npm run import`. */
export const MAX_WEB_IMPORT_BYTES = 5 * 1024 * 1024;
