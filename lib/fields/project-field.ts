import type { z } from 'zod';
import type { Field, FieldUnit } from '@/lib/open-data/field';

/**
 * What is said about one field of a project, once (the fields themselves: ./project-fields.ts).
 * The form, the import, the downloads, the data dictionary, the API, the public summary list and
 * the history all take their labels, units and parsers from here. As every dataset's field (Field):
 * the one label, in Simplified Chinese (Traditional is converted) and English, the meaning for the
 * data dictionary and the API, the unit and the codelist; then:
 */
export type ProjectFieldDecl = Omit<Field, 'key'> & {
  /** public: a column of the downloads, the data dictionary and the API; internal: the workspace only. */
  visibility: 'public' | 'internal';
  /**
   * The parser of one given value, a form's value or an import cell alike (blank means not given and
   * never reaches it; lists and yes/no read their own blanks). Present when officials write the field.
   */
  parse?: z.ZodType;
  /**
   * The workspace form: a value is required; the input when the unit or codelist does not say it; the hint;
   * a note after the label (“可选”); a checkbox's sentence in place of the label.
   */
  form?: { required?: boolean; input?: 'textarea' | 'checkbox'; hint?: string; note?: string; prompt?: string };
  /** A column of the import template, with its hint. */
  import?: { hint: string };
  /** A row of the public project page's summary list of key facts. */
  summary?: true;
  /** Labelled in the public history and its feeds (a column the audit triggers copy). */
  history?: true;
};

const SUFFIX: Partial<Record<FieldUnit, string>> = { wanYuan: '（万元）', percent: '（%）' };

/** The label with the unit a person has to type in: the import's header, the form's label. */
export const labelWithUnit = (field: Pick<ProjectFieldDecl, 'zh' | 'unit'>) =>
  `${field.zh}${(field.unit && SUFFIX[field.unit]) ?? ''}`;

/** The form's label: with the unit, and a note such as “可选”. */
export const formLabel = (field: ProjectFieldDecl) =>
  field.form?.prompt ?? `${labelWithUnit(field)}${field.form?.note ? `（${field.form.note}）` : ''}`;
