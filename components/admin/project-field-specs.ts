import type { FieldSpec } from '@/components/forms/field-types';
import {
  INITIATIVE_KINDS,
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
import { pickMessages } from '@/lib/i18n/messages';
import { nameMessages } from '@/lib/i18n/messages/names';
import { STATUS_DATE_CONFIRM_LABEL } from '@/lib/validations/status-date';
import type { LinkOptions, ProjectForEdit } from '@/lib/data/admin-projects';

const names = pickMessages('zh-Hans', nameMessages);
const options = <K extends string>(codes: readonly K[], labels: Record<K, { zh: string }>) =>
  codes.map((value) => ({ value, label: labels[value].zh }));
const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** Status date and, for a stored project, the confirmation that a changed status keeps it (status-date.ts). */
export function statusDateSpecs(project: { statusDate: string | null } | null): FieldSpec[] {
  const date: FieldSpec = {
    name: 'statusDate',
    label: '状态生效日期',
    type: 'date',
    hint: '状态改变时，请填写新状态开始的日期，例如 2023-06-30',
    defaultValue: text(project?.statusDate),
  };
  if (!project?.statusDate) return [date];
  return [
    date,
    {
      name: 'statusDateConfirmed',
      label: STATUS_DATE_CONFIRM_LABEL,
      type: 'checkbox',
      hint: `原状态生效日期：${project.statusDate}`,
      defaultValue: '',
    },
  ];
}

/** The fields of the project edit and create forms, filled from the stored project when there is one. */
export function projectFieldSpecs(project: ProjectForEdit | null, links: LinkOptions): FieldSpec[] {
  return [
    { name: 'name', label: '项目名称', type: 'text', defaultValue: text(project?.name) },
    { name: 'nameEn', label: names.formLabel, type: 'text', hint: names.formHint, defaultValue: text(project?.nameEn) },
    {
      name: 'code',
      label: '项目编码（可选）',
      type: 'text',
      hint: '官方项目编码，批量导入按此匹配',
      defaultValue: text(project?.code),
    },
    statusSpec(project),
    ...statusDateSpecs(project),
    {
      name: 'kind',
      label: '新建或续建',
      type: 'select',
      options: options(PROJECT_KIND_CODES, PROJECT_KINDS),
      defaultValue: project?.kind ?? 'unknown',
    },
    {
      name: 'level',
      label: '重点项目级别',
      type: 'select',
      options: options(LEVEL_CODES, LEVELS),
      defaultValue: project?.level ?? 'unknown',
    },
    {
      name: 'sector',
      label: '行业',
      type: 'select',
      options: options(SECTOR_CODES, SECTORS),
      defaultValue: project?.sector ?? 'unknown',
    },
    {
      name: 'totalInvestment',
      label: '总投资（万元）',
      type: 'number',
      hint: '整数，单位万元；1亿元 = 10000万元。未公开请留空',
      defaultValue: text(project?.totalInvestment),
    },
    {
      name: 'annualPlanInvestment',
      label: '年度计划投资（万元）',
      type: 'number',
      hint: '整数，单位万元；未公开请留空',
      defaultValue: text(project?.annualPlanInvestment),
    },
    {
      name: 'completedInvestment',
      label: '累计完成投资（万元）',
      type: 'number',
      hint: '整数，单位万元；未公开请留空',
      defaultValue: text(project?.completedInvestment),
    },
    progressSpec(project),
    { name: 'startDate', label: '开工日期', type: 'date', defaultValue: text(project?.startDate) },
    {
      name: 'plannedCompletionDate',
      label: '计划竣工日期',
      type: 'date',
      defaultValue: text(project?.plannedCompletionDate),
    },
    { name: 'location', label: '建设地点', type: 'text', defaultValue: text(project?.location) },
    {
      name: 'town',
      label: '镇街',
      type: 'select',
      hint: '项目所在的镇或街道；来源或文件没有写明时留空，公开页面显示“暂无公开记录”',
      options: [{ value: '', label: '未填写' }, ...options(TOWN_CODES, TOWNS)],
      defaultValue: text(project?.town),
    },
    { name: 'description', label: '项目简介', type: 'textarea', defaultValue: text(project?.description) },
    {
      name: 'sets',
      label: '所属项目集',
      type: 'checkboxes',
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
    {
      name: 'published',
      label: '在公开网站上显示',
      type: 'checkbox',
      defaultValue: project === null || project.published ? 'on' : '',
    },
    ...saveSpecs(project),
  ];
}

type StatusFields = { status: string; statusDate: string | null; progressPercent: number | null; version: number };

/** The short "update status" form: status, its date, progress, reason and evidence. */
export function statusUpdateFieldSpecs(project: StatusFields): FieldSpec[] {
  return [statusSpec(project), ...statusDateSpecs(project), progressSpec(project), ...saveSpecs(project)];
}

const statusSpec = (project: StatusFields | null): FieldSpec => ({
  name: 'status',
  label: '状态',
  type: 'select',
  options: options(STATUS_CODES, STATUSES),
  defaultValue: project?.status ?? 'unknown',
});

const progressSpec = (project: StatusFields | null): FieldSpec => ({
  name: 'progressPercent',
  label: '形象进度（%）',
  type: 'number',
  hint: '0 到 100 的整数；未公开请留空',
  defaultValue: text(project?.progressPercent),
});

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
