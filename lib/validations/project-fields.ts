import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/validations/params';

/**
 * Field rules shared by the admin forms and the bulk import, with plain Chinese messages: a project's
 * fields take theirs in the catalogue (lib/fields/project-fields.ts). Empty text means "not given"
 * (null), never zero.
 */

// A missing field (undefined) and an empty one mean the same: not given.
export const blankToNull = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.trim() === '')
    ? null
    : typeof value === 'string'
      ? value.trim()
      : value;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为“年-月-日”格式，例如 2023-06-30`)
    .refine(isRealDate, `${label}不是一个真实的日期`);

export const optionalDate = (label: string) => z.preprocess(blankToNull, isoDate(label).nullable());

// 万元, whole numbers: 1亿 = 10000. The cap (10 万亿元) only stops typing accidents.
const MAX_WAN = 1_000_000_000;

/** Whole 万元, not negative, under the cap. */
export const wan = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^-?\d+$/, `${label}应为整数（单位：万元），不带小数点、逗号或单位`)
    .refine((v) => !v.startsWith('-'), `${label}不能为负数`)
    .refine((v) => v.length <= 10 && Number(v) <= MAX_WAN, `${label}过大，请检查单位是否为万元`)
    .transform(Number);

/** A whole percentage, 0 to 100. */
export const percent = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^-?\d+$/, `${label}应为 0 到 100 之间的整数`)
    .transform(Number)
    .refine((v) => v >= 0 && v <= 100, `${label}应为 0 到 100 之间的整数`);

/** Text up to `max` characters. */
export const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).max(max, `${label}不能超过 ${max} 个字`);

export const requiredText = (label: string, max = 200) => z.preprocess(blankToNull, text(label, max));

export const optionalText = (label: string, max = 2_000) => z.preprocess(blankToNull, text(label, max).nullable());

/** One of a codelist's codes; the message lists what is allowed. */
export const codeOf = <K extends string>(
  label: string,
  codes: readonly [K, ...K[]],
  labels: Record<K, { zh: string }>,
) => z.enum(codes, { error: `${label}无效，应为：${codes.map((c) => labels[c].zh).join('、')}` });

/** Stable public identifier: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(3, '网址标识至少 3 个字符')
  .max(80, '网址标识不能超过 80 个字符')
  .regex(SLUG_PATTERN, '网址标识只能包含小写字母、数字和单个连字符，例如 shi-li-xiang-mu');

export const projectCodeSchema = z
  .string()
  .trim()
  .max(60, '项目编码不能超过 60 个字符')
  .regex(/^[A-Za-z0-9._\-/]+$/, '项目编码只能包含字母、数字和 . _ - /');

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/**
 * A code given as the machine code (what a form's select sends), its Chinese label or another word for it
 * (在建 → underConstruction), as an import cell may give it. The message lists the labels allowed.
 */
export function codeOrLabel<K extends string>(
  label: string,
  codes: readonly K[],
  labels: Record<K, { zh: string }>,
  aliases: Record<string, NoInfer<K>> = {},
) {
  const byLabel = new Map<string, K>([
    ...codes.flatMap((code) => [[code, code] as const, [labels[code].zh, code] as const]),
    ...Object.entries(aliases),
  ]);
  const allowed = codes
    .filter((code) => code !== 'unknown')
    .map((code) => labels[code].zh)
    .join('、');
  return z.string({ error: `请填写${label}` }).transform((value, ctx) => {
    const code = byLabel.get(value);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `${label}“${value}”无法识别，应为：${allowed}` });
      return z.NEVER;
    }
    return code;
  });
}

/** Identifiers: a form's checked boxes, or one cell separated by semicolons; blanks and repeats dropped. */
export const idList = z.preprocess(
  (v) =>
    v === undefined || v === null
      ? []
      : [
          ...new Set(
            (Array.isArray(v) ? v : String(v).split(/[;；]/))
              .map((s) => (typeof s === 'string' ? s.trim() : s))
              .filter(Boolean),
          ),
        ],
  z.array(z.string().max(100, '标识不能超过 100 个字符')).max(200, '最多 200 个'),
);

/** A form's checkbox ("on" when ticked) or an import cell of 是 or 否; absent or blank is no. */
export const yesNo = (label: string) =>
  z.preprocess(
    (v) =>
      v === undefined || v === null || v === '' || v === false || v === '否'
        ? false
        : v === true || v === 'on' || v === 'true' || v === '是'
          ? true
          : v,
    z.boolean({ error: `${label}只能填“是”或“否”，或者留空` }),
  );
