import { z } from 'zod';
import type { RawSearchParams } from '@/lib/validations/params';

/** A kept upload's SHA-256 (lib/import/pending-upload.ts), as the dry run puts it in the address. */
export const digestSchema = z.string().regex(/^[0-9a-f]{64}$/, '请先试导入一个文件');

const count = z.coerce.number().int().min(0).max(1_000_000);

/**
 * /admin/import?upload=<digest> shows that upload's dry run; ?problem= why the chosen file was
 * not checked; ?created=&updated=&unchanged= the result of an apply. Anything else is ignored.
 */
export const importPageSchema = z.object({
  upload: digestSchema.optional().catch(undefined),
  problem: z.enum(['missing', 'tooLarge']).optional().catch(undefined),
  applied: z.object({ created: count, updated: count, unchanged: count }).optional().catch(undefined),
});

export function parseImportPage(params: RawSearchParams) {
  const { created, updated, unchanged, ...rest } = params;
  return importPageSchema.parse({
    ...rest,
    applied: created === undefined ? undefined : { created, updated, unchanged },
  });
}
