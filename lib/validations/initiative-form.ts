import { z } from 'zod';
import { blankToNull, checkbox, optionalText, requiredText, slugSchema } from '@/lib/validations/project-fields';

/** A two-year results area (两年见效) as officials add or edit it: public only with evidence. */
export const initiativeFormSchema = z
  .object({
    name: requiredText('名称', 200),
    nameEn: requiredText('英文名称', 300),
    summary: optionalText('说明', 2_000),
    published: checkbox,
    reason: requiredText('改动原因', 500),
    evidence: optionalText('来源或依据', 500),
  })
  .superRefine((value, ctx) => {
    if (value.published && !value.evidence)
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: '公开前必须注明来源或依据（例如文件名称和文号）' });
  });

export const initiativeIdSchema = z.preprocess(blankToNull, slugSchema.nullable());
