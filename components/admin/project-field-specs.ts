import type { FieldSpec } from '@/components/forms/field-types';
import { INITIATIVE_KINDS } from '@/lib/domain/codelists';
import type { WritableKey } from '@/lib/fields/parsers';
import { formLabel, type ProjectFieldDecl } from '@/lib/fields/project-field';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';
import type { LinkOptions, ProjectForEdit } from '@/lib/data/admin-projects';

/** The project forms' fields: label, hint, input and options from the catalogue (lib/fields/project-fields.ts). */

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function inputOf(field: ProjectFieldDecl): FieldSpec['type'] {
  if (field.form?.input) return field.form.input;
  if (field.codelist) return 'select';
  if (field.unit === 'wanYuan' || field.unit === 'percent') return 'number';
  if (field.unit === 'date') return 'date';
  if (field.unit === 'list') return 'checkboxes';
  return 'text';
}

/** One field of the catalogue as a form field, filled with `value`. */
export function fieldSpec(key: WritableKey, value: string | number | null | undefined): FieldSpec {
  const field: ProjectFieldDecl = PROJECT_FIELDS[key];
  const type = inputOf(field);
  const hint = field.form?.hint;
  const spec: FieldSpec = { name: key, label: formLabel(field), type, ...(hint && { hint }) };
  if (!field.codelist) return { ...spec, defaultValue: text(value) };
  const options = Object.entries(field.codelist).map(([code, label]) => ({ value: code, label: label.zh }));
  // A required code starts as 未公开 (unknown); an optional one (镇街) as not filled in.
  return field.form?.required
    ? { ...spec, options, defaultValue: text(value ?? 'unknown') }
    : { ...spec, options: [{ value: '', label: '未填写' }, ...options], defaultValue: text(value) };
}

/** Status date and, for a stored project, the confirmation that a changed status keeps it (status-date.ts). */
export function statusDateSpecs(project: { statusDate: string | null } | null): FieldSpec[] {
  const date = fieldSpec('statusDate', project?.statusDate);
  if (!project?.statusDate) return [date];
  return [date, { ...fieldSpec('statusDateConfirmed', ''), hint: `原状态生效日期：${project.statusDate}` }];
}

/** The fields of the project edit and create forms, filled from the stored project when there is one. */
export function projectFieldSpecs(project: ProjectForEdit | null, links: LinkOptions): FieldSpec[] {
  const value = (key: WritableKey & keyof ProjectForEdit) => fieldSpec(key, project?.[key] as string | number | null);
  return [
    value('name'),
    value('nameEn'),
    value('code'),
    fieldSpec('status', project?.status),
    ...statusDateSpecs(project),
    value('kind'),
    value('level'),
    value('sector'),
    value('totalInvestment'),
    value('annualPlanInvestment'),
    value('completedInvestment'),
    fieldSpec('progressPercent', project?.progressPercent),
    value('startDate'),
    value('plannedCompletionDate'),
    value('location'),
    value('town'),
    value('description'),
    {
      ...fieldSpec('sets', null),
      options: links.sets.map((s) => ({ value: s.id, label: s.name })),
      defaultValue: project?.sets.map((s) => s.setId) ?? [],
    },
    {
      name: 'initiatives',
      label: '关联的工作主线与领域',
      type: 'checkboxes',
      options: links.initiatives.map((i) => ({
        value: i.id,
        label: `${INITIATIVE_KINDS[i.kind as keyof typeof INITIATIVE_KINDS]?.zh ?? i.kind}：${i.name}`,
      })),
      defaultValue: project?.initiatives.map((i) => i.initiativeId) ?? [],
    },
    { ...fieldSpec('published', null), defaultValue: project === null || project.published ? 'on' : '' },
    ...saveSpecs(project),
  ];
}

type StatusFields = { status: string; statusDate: string | null; progressPercent: number | null; version: number };

/** The short "update status" form: status, its date, progress, reason and evidence. */
export function statusUpdateFieldSpecs(project: StatusFields): FieldSpec[] {
  return [
    fieldSpec('status', project.status),
    ...statusDateSpecs(project),
    fieldSpec('progressPercent', project.progressPercent),
    ...saveSpecs(project),
  ];
}

/** Why and on what evidence (both public), and the version the form was loaded at. */
const saveSpecs = (project: StatusFields | null): FieldSpec[] => [
  { name: 'reason', label: '改动原因', type: 'text', hint: '写入公开的更新记录，例如“6月调度会通报开工”' },
  {
    name: 'evidence',
    label: '来源或依据',
    type: 'text',
    hint: '公开信息的任何改动都必须注明，例如文件名称和文号、通报日期；最新的依据显示在公开页面的状态旁',
  },
  { name: 'expectedVersion', label: '', type: 'hidden', defaultValue: text(project?.version) },
];
