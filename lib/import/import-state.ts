import type { ImportError } from '@/lib/import/columns';
import type { ImportSummary } from '@/lib/writes/import-apply';

/**
 * What a dry run found in a kept upload: problems, and what the apply would do (counts exact, rows listed up to
 * PREVIEW_ROWS).
 */
export type ImportPreview = {
  counts: ImportSummary;
  creates: { row: number; slug: string; name: string }[];
  updates: { row: number; slug: string; name: string; fields: string[] }[];
  encoding: string;
};
export type ImportCheck = { fileName: string; errors: ImportError[]; preview: ImportPreview | null };
export const PREVIEW_ROWS = 200;

/** The apply form's answer (serializable for useActionState); success redirects instead. */
export type ImportState = {
  errors: ImportError[];
  fieldErrors: Record<string, string>;
  values: { reason: string; evidence: string };
};

export const EMPTY_IMPORT_STATE: ImportState = { errors: [], fieldErrors: {}, values: { reason: '', evidence: '' } };

/** Web uploads are kept in the database between the dry run and the apply; bigger files go through `npm run import`. */
export const MAX_WEB_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why the chosen file was not checked: next to the file field, GOV.UK style. */
export const UPLOAD_MESSAGES = {
  missing: '请选择要导入的 CSV 或 XLSX 文件',
  tooLarge: '所选文件大于 5 MB。请分成几个文件导入，或用命令行 npm run import 导入',
  expired: '试导入的文件已不在服务器上（只保留 1 小时，导入后即删除），请重新选择文件并试导入',
} as const;
export type UploadProblem = keyof typeof UPLOAD_MESSAGES;
