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
import type { ProjectFieldDecl } from '@/lib/fields/project-field';
import { codeOrLabel, isoDate, yesNo } from '@/lib/validations/project-fields';
import { STATUS_DATE_CONFIRM_LABEL } from '@/lib/validations/status-date';

/**
 * Project fields: what kind of project, and where it stands.
 * Part of the catalogue (./project-fields.ts).
 */
export const STATUS_FIELDS = {
  sector: {
    zh: '领域',
    en: 'Sector',
    meaningZh: '项目领域',
    meaningEn: 'Sector',
    codelist: SECTORS,
    visibility: 'public',
    parse: codeOrLabel('领域', SECTOR_CODES, SECTORS),
    form: { required: true },
    import: { hint: '产业类、农业、康养、民生、基础设施、平台支撑' },
    summary: true,
    history: true,
  },
  industryChain: {
    zh: '产业链',
    en: 'Industry chain',
    meaningZh: '所属产业链',
    meaningEn: 'Industry chain',
    visibility: 'public',
    summary: true,
    history: true,
  },
  level: {
    zh: '级别',
    en: 'Level',
    meaningZh: '省、市、区三级之一',
    meaningEn: 'Provincial, municipal or district list',
    codelist: LEVELS,
    visibility: 'public',
    parse: codeOrLabel('级别', LEVEL_CODES, LEVELS),
    form: { required: true },
    import: { hint: '省级、市级、区级' },
    summary: true,
    history: true,
  },
  kind: {
    zh: '新建/续建',
    en: 'New or continuing',
    meaningZh: '新建或续建',
    meaningEn: 'New or continuing',
    codelist: PROJECT_KINDS,
    visibility: 'public',
    parse: codeOrLabel('新建/续建', PROJECT_KIND_CODES, PROJECT_KINDS),
    form: { required: true },
    import: { hint: '新建、续建' },
    summary: true,
    history: true,
  },
  status: {
    zh: '状态',
    en: 'Status',
    meaningZh: '当前状态',
    meaningEn: 'Current status',
    codelist: STATUSES,
    visibility: 'public',
    parse: codeOrLabel('状态', STATUS_CODES, STATUSES, {
      在建: 'underConstruction',
      已开工: 'underConstruction',
    }),
    form: { required: true },
    import: { hint: '谋划、前期、已开工·在建、竣工、投产、暂停、取消' },
    summary: true,
    history: true,
  },
  statusDate: {
    zh: '状态生效日期',
    en: 'Status date',
    meaningZh: '状态对应的日期',
    meaningEn: 'Date of the status',
    unit: 'date',
    visibility: 'public',
    parse: isoDate('状态生效日期'),
    form: { hint: '状态改变时，请填写新状态开始的日期，例如 2023-06-30' },
    import: { hint: '年-月-日，例如 2023-06-30；改变状态时必须填写新状态开始的日期' },
    history: true,
  },
  // Not a column: the official confirms that a changed status keeps the stored date (status-date.ts).
  statusDateConfirmed: {
    zh: '新状态沿用原日期',
    en: 'New status keeps the date',
    meaningZh: '状态改变而日期确实不变时的确认',
    meaningEn: 'Confirms that a changed status keeps the stored date',
    visibility: 'internal',
    parse: yesNo('新状态沿用原日期'),
    form: { input: 'checkbox', prompt: STATUS_DATE_CONFIRM_LABEL },
    import: { hint: '只在改变状态、而新状态确实从原状态生效日期起生效时填“是”' },
  },
} as const satisfies Record<string, ProjectFieldDecl>;
