import { z } from 'zod';
import {
  COMPARISON_CODES,
  FIGURE_UNIT_CODES,
  SOURCED_BASIS_CODES,
  INITIATIVE_KIND_CODES,
  KNOWN_AS_CODES,
  POINT_KIND_CODES,
  PROJECT_KIND_CODES,
  LEVEL_CODES,
  RELIABILITY_CODES,
  SECTOR_CODES,
  SET_KIND_CODES,
  STATUS_CODES,
} from '@/lib/domain/codelists';
import { DERIVATION_OPERATIONS } from '@/lib/domain/derive';
import { slugParam, figureKeySchema } from '@/lib/validations/params';

/** Shape of the hand-curated facts file in data/facts/: the loader's input boundary. */

const slug = slugParam;
const isoDate = z.iso.date();
const anchor = z.string().regex(/^p-[1-9][0-9]*$/, 'passage anchor such as p-7');
const quote = z.string().min(2);
const cited = { passage: anchor, quote };
const figureKey = figureKeySchema;

export const decimalString = z.string().regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?$/, 'an exact non-negative decimal');

const figureSchema = z
  .object({
    key: figureKey,
    measure: z.string().min(1),
    label: z.string().min(1),
    labelEn: z.string().min(1),
    value: z.string(),
    unit: z.enum(FIGURE_UNIT_CODES),
    comparison: z.enum(COMPARISON_CODES).default('exact'),
    asOf: isoDate,
    note: z.string().optional(),
    // The basis comes from the source's words (checked verbatim in the passage), never assumed.
    basis: z.enum(SOURCED_BASIS_CODES),
    basisWords: z.string().min(2),
    // The source's own words for a value the portal has read (上半年 read as 2023-06-30), in the quote.
    wording: z.string().min(1).optional(),
    set: slug.optional(),
    initiative: slug.optional(),
    ...cited,
  })
  .superRefine((figure, ctx) => {
    const valid =
      figure.unit === 'date' ? isoDate.safeParse(figure.value).success : decimalString.safeParse(figure.value).success;
    if (!valid)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `value "${figure.value}" does not fit unit ${figure.unit}`,
      });
    if (figure.unit === 'wanYuan' && figure.value.includes('.')) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'money is stored as whole 万元' });
    }
  });

const pointSchema = z.object({ kind: z.enum(POINT_KIND_CODES), ...cited });

/**
 * A figure computed from other figures (a sum or a difference): the loader computes its value
 * and arithmetic, so the file names only the inputs. Its date is the latest of its inputs'.
 */
const derivedFigureSchema = z.object({
  key: figureKey,
  measure: z.string().min(1),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  unit: z.enum(['count', 'wanYuan']),
  note: z.string().optional(),
  set: slug.optional(),
  operation: z.enum(DERIVATION_OPERATIONS),
  inputs: z.array(figureKey).min(2),
});

export const factsFileSchema = z.object({
  source: z
    .object({
      id: slug,
      /** The received report's text file; or, for a source we hold only as quotations, … */
      file: z.string().min(1).optional(),
      /** … the quoted words themselves, one passage each (e.g. from ../shared/sources/SECONDARY.md). */
      excerpts: z.array(z.string().min(2)).min(1).optional(),
      title: z.string().min(1),
      originalTitle: z.string().nullable(),
      publisher: z.string().nullable(),
      author: z.string().nullable(),
      publishedOn: isoDate.nullable(),
      url: z.url().nullable(),
      mirrorUrl: z.url().nullable(),
      mirrorDate: isoDate.nullable(),
      language: z.enum(['zh-Hant', 'zh-Hans']),
      reliability: z.enum(RELIABILITY_CODES),
      reliabilityNote: z.string().min(1),
    })
    .refine(
      (source) => (source.file === undefined) !== (source.excerpts === undefined),
      'give either file or excerpts',
    ),
  // A secondary source's file carries only its source and figures: every list defaults to empty.
  people: z
    .array(
      z.object({ id: slug, name: z.string().min(1), post: z.string().min(1), postEn: z.string().min(1), ...cited }),
    )
    .default([]),
  sets: z
    .array(
      z.object({
        id: slug,
        kind: z.enum(SET_KIND_CODES),
        name: z.string().min(1),
        nameEn: z.string().min(1),
        description: z.string().nullable(),
      }),
    )
    .default([]),
  figures: z.array(figureSchema).default([]),
  derivedFigures: z.array(derivedFigureSchema).default([]),
  enterprises: z.array(z.object({ id: slug, name: z.string().min(1) })).default([]),
  enterpriseMentions: z
    .array(
      z.object({
        id: slug,
        enterprise: slug,
        industryChain: z.string().nullable(),
        summary: z.string().min(1),
        ...cited,
      }),
    )
    .default([]),
  projects: z
    .array(
      z.object({
        slug,
        name: z.string().min(1),
        enterprise: slug.nullable(),
        description: z.string().nullable(),
        sector: z.enum(SECTOR_CODES),
        industryChain: z.string().nullable(),
        level: z.enum(LEVEL_CODES).default('unknown'),
        kind: z.enum(PROJECT_KIND_CODES).default('unknown'),
        status: z.enum(STATUS_CODES),
        statusDate: isoDate.nullable(),
        startDate: isoDate.nullable(),
        knownAs: z.enum(KNOWN_AS_CODES),
        set: slug.nullable(),
        ...cited,
      }),
    )
    .default([]),
  initiatives: z
    .array(
      z.object({
        id: slug,
        kind: z.enum(INITIATIVE_KIND_CODES),
        parent: slug.nullable(),
        // Its English name is the portal's translation: data/translations/names-en.json.
        name: z.string().min(1),
        summary: z.string().optional(),
        ...cited,
        points: z.array(pointSchema),
      }),
    )
    .default([]),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
