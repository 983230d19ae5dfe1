import { PROJECT_FIELDS, type ProjectFieldKey } from '@/lib/fields/project-fields';
import { labelWithUnit, type ProjectFieldDecl } from '@/lib/fields/project-field';
import type { MessageBundle } from '@/lib/i18n/messages';
import type { Field } from '@/lib/open-data/field';

/** Lists made from the catalogue (./project-fields.ts): the projects download's fields and the labels. */

const entries = Object.entries(PROJECT_FIELDS) as [ProjectFieldKey, ProjectFieldDecl][];

/** The projects dataset (downloads, data dictionary, API): the public fields, in the catalogue's order. */
export const PROJECT_DATASET_FIELDS: Field[] = entries
  .filter(([, field]) => field.visibility === 'public')
  .map(([key, { zh, en, meaningZh, meaningEn, unit, codelist }]) => ({
    key,
    zh,
    en,
    meaningZh,
    meaningEn,
    ...(unit ? { unit } : {}),
    ...(codelist ? { codelist } : {}),
  }));

function bundle<T>(
  label: (field: ProjectFieldDecl, lang: 'zh' | 'en') => string,
  keep = (_: ProjectFieldDecl) => true,
) {
  const pick = (lang: 'zh' | 'en') =>
    Object.fromEntries(entries.filter(([, field]) => keep(field)).map(([key, field]) => [key, label(field, lang)]));
  return { 'zh-Hans': pick('zh'), en: pick('en') } as MessageBundle<T>;
}

/** Every field's label (the public summary list, the listing's filters and table). */
export const projectFieldLabels = bundle<Record<ProjectFieldKey, string>>((field, lang) => field[lang]);

// A percentage is shown bare in the history ("35"), so its label says the unit; money and dates carry their own.
const historyLabel = (field: ProjectFieldDecl, lang: 'zh' | 'en') =>
  field.unit === 'percent' ? (lang === 'zh' ? labelWithUnit(field) : `${field.en} (%)`) : field[lang];

/** The labels of a project's columns in the public history and its feeds. */
export const projectHistoryLabels = bundle<Record<string, string>>(historyLabel, (field) => field.history === true);

export type SummaryKey = {
  [K in ProjectFieldKey]: (typeof PROJECT_FIELDS)[K] extends { summary: true } ? K : never;
}[ProjectFieldKey];
/** The rows of the public project page's summary list of key facts, in the catalogue's order. */
export const SUMMARY_KEYS = entries.filter(([, field]) => field.summary).map(([key]) => key) as SummaryKey[];

/** The fields in 万元 (the history shows them with their unit). */
export const MONEY_FIELD_KEYS: ReadonlySet<string> = new Set(
  entries.filter(([, field]) => field.unit === 'wanYuan').map(([key]) => key),
);
