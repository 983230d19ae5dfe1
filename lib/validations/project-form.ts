import { z } from 'zod';
import {
  LEVEL_CODES,
  LEVELS,
  PROJECT_KIND_CODES,
  PROJECT_KINDS,
  SECTOR_CODES,
  SECTORS,
  STATUS_CODES,
  STATUSES,
} from '@/lib/domain/codelists';
import { TOWN_CODES, TOWNS } from '@/lib/domain/towns';
import {
  blankToNull,
  checkbox,
  codeOf,
  optionalDate,
  optionalPercent,
  optionalText,
  optionalWan,
  projectCodeSchema,
  requiredText,
  slugSchema,
} from '@/lib/validations/project-fields';
import { checkProjectRules } from '@/lib/validations/project-rules';

const list = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(100)).max(200),
);

// The fields the short status form shares with the full edit form (same rules, same messages).
const statusShape = {
  status: codeOf('状态', STATUS_CODES, STATUSES),
  statusDate: optionalDate('状态生效日期'),
  // Not a column: the official confirms that a changed status keeps the stored date (status-date.ts).
  statusDateConfirmed: checkbox,
  progressPercent: optionalPercent('形象进度'),
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
    name: requiredText('项目名称', 200),
    // The portal's English rendering of the name (shown on English pages as its translation).
    nameEn: optionalText('英文名称', 300),
    code: z.preprocess(blankToNull, projectCodeSchema.nullable()),
    sector: codeOf('行业', SECTOR_CODES, SECTORS),
    level: codeOf('级别', LEVEL_CODES, LEVELS),
    kind: codeOf('新建或续建', PROJECT_KIND_CODES, PROJECT_KINDS),
    totalInvestment: optionalWan('总投资'),
    annualPlanInvestment: optionalWan('年度计划投资'),
    completedInvestment: optionalWan('累计完成投资'),
    startDate: optionalDate('开工日期'),
    plannedCompletionDate: optionalDate('计划竣工日期'),
    location: optionalText('建设地点', 200),
    // 镇街 from the codelist, or not published (empty): officials fill it in, nothing guesses it.
    town: z.preprocess(blankToNull, codeOf('镇街', TOWN_CODES, TOWNS).nullable()),
    description: optionalText('项目简介', 2_000),
    published: checkbox,
    sets: list,
    initiatives: list,
  })
  .superRefine((value, ctx) => {
    for (const { field, message } of checkProjectRules(value)) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

export const projectUpdateSchema = z.object({ expectedVersion: z.coerce.number().int().positive() });

export const projectCreateSchema = z.object({ slug: z.preprocess(blankToNull, slugSchema.nullable()) });
