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
import { HEADER_OF, type ImportError, type ImportKey, type ImportRow } from '@/lib/import/columns';
import { withoutFormulaGuard } from '@/lib/open-data/csv';
import { isoDate, optionalPercent, optionalWan, projectCodeSchema, slugSchema } from '@/lib/validations/project-fields';

/** A code given either as the machine code, its Chinese label or another word for it (在建 → underConstruction). */
function codeOrLabel<K extends string>(
  label: string,
  codes: readonly K[],
  labels: Record<K, { zh: string }>,
  aliases: Record<string, K> = {},
) {
  const byLabel = new Map<string, K>([
    ...codes.flatMap((code) => [[code, code] as const, [labels[code].zh, code] as const]),
    ...Object.entries(aliases),
  ]);
  const allowed = codes
    .filter((code) => code !== 'unknown')
    .map((code) => labels[code].zh)
    .join('、');
  return z.string().transform((value, ctx) => {
    const code = byLabel.get(value);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `${label}“${value}”无法识别，应为：${allowed}` });
      return z.NEVER;
    }
    return code;
  });
}

const nonNull = <T extends z.ZodType>(schema: T) => schema.refine((v) => v !== null);

const FIELD_SCHEMAS = {
  code: projectCodeSchema,
  slug: slugSchema,
  name: z.string().max(200, '项目名称不能超过 200 个字'),
  kind: codeOrLabel('新建或续建', PROJECT_KIND_CODES, PROJECT_KINDS),
  level: codeOrLabel('级别', LEVEL_CODES, LEVELS),
  sector: codeOrLabel('行业', SECTOR_CODES, SECTORS),
  status: codeOrLabel('状态', STATUS_CODES, STATUSES, { 在建: 'underConstruction', 已开工: 'underConstruction' }),
  statusDate: isoDate('状态生效日期'),
  // The form's checkbox as a column: the stored status date is also the new status's (status-date.ts).
  statusDateConfirmed: z
    .enum(['是', '否'], { error: '新状态沿用原日期只能填“是”或“否”，或者留空' })
    .transform((v) => v === '是'),
  totalInvestment: nonNull(optionalWan('总投资')),
  annualPlanInvestment: nonNull(optionalWan('年度计划投资')),
  completedInvestment: nonNull(optionalWan('累计完成投资')),
  progressPercent: nonNull(optionalPercent('形象进度')),
  startDate: isoDate('开工日期'),
  plannedCompletionDate: isoDate('计划竣工日期'),
  location: z.string().max(200, '建设地点不能超过 200 个字'),
  town: codeOrLabel('镇街', TOWN_CODES, TOWNS),
  description: z.string().max(2_000, '项目简介不能超过 2000 个字'),
  sets: z.string().transform((value) => [
    ...new Set(
      value
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]),
} satisfies Record<ImportKey, z.ZodType>;

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
