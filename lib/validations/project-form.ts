import { z } from 'zod';
import { formShape } from '@/lib/fields/parsers';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';
import { blankToNull, idList, requiredText } from '@/lib/validations/project-fields';
import { checkProjectRules } from '@/lib/validations/project-rules';

/** The project forms: each field parsed as the catalogue says (lib/fields/project-fields.ts), as the import does. */

// Named first: spread straight into z.object, the keys would be inferred from z.object's shape, not these lists.
const statusFields = formShape(['status', 'statusDate', 'statusDateConfirmed', 'progressPercent']);
const projectFields = formShape([
  'name',
  'nameEn',
  'code',
  'sector',
  'level',
  'kind',
  'totalInvestment',
  'annualPlanInvestment',
  'completedInvestment',
  'startDate',
  'plannedCompletionDate',
  'location',
  'town',
  'description',
  'published',
  'sets',
]);

// The fields the short status form shares with the full edit form (same rules, same messages).
const statusShape = {
  ...statusFields,
  reason: requiredText('改动原因', 500),
  // Every save of a project form is a change to public data: its source is required up front.
  evidence: requiredText('来源或依据', 500),
};

/** The short status form: status, date, progress, reason and evidence. */
export const statusUpdateSchema = z.object({ ...statusShape, expectedVersion: z.coerce.number().int().positive() });
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

/** The public fields of a project as the edit and create forms send them. */
export const projectFieldsSchema = z
  .object({
    ...statusShape,
    ...projectFields,
    // Not a field of the project: its place in initiatives (ids, as its sets).
    initiatives: idList,
  })
  .superRefine((value, ctx) => {
    for (const { field, message } of checkProjectRules(value)) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

export const projectUpdateSchema = z.object({ expectedVersion: z.coerce.number().int().positive() });

export const projectCreateSchema = z.object({
  slug: z.preprocess(blankToNull, PROJECT_FIELDS.slug.parse.nullable()),
});
