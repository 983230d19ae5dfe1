import type { MessageBundle } from '@/lib/i18n/messages';

type HistoryMessages = {
  title: string;
  intro: string;
  sectionTitle: string;
  none: string;
  filter: { legend: string; type: string; all: string; submit: string };
  types: Record<string, string>;
  actions: Record<string, string>;
  roles: Record<string, string>;
  columns: { field: string; before: string; after: string };
  when: string;
  who: string;
  why: string;
  evidence: string;
  fieldsSet: string;
  empty: string;
  yes: string;
  no: string;
  count: (total: number) => string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: number, pageCount: number) => string;
  updatedAt: string;
  /** Labels of the changed fields of every record but a project (a project's: lib/fields/project-fields.ts). */
  fields: Record<string, string>;
  feed: string;
};

export const historyMessages: MessageBundle<HistoryMessages> = {
  'zh-Hans': {
    title: '更新记录',
    intro:
      '平台上项目、数据、项目集、工作事项和来源的每一次变动，最新的在前。首次按来源载入的记录默认不显示，可以选择显示。只显示操作角色，不显示个人信息。',
    sectionTitle: '修改历史',
    none: '暂无修改记录。',
    filter: { legend: '筛选', type: '类型', all: '全部类型', submit: '筛选' },
    types: {
      project: '项目',
      figure: '数据',
      set: '项目集',
      initiative: '工作事项',
      source: '来源',
      enterprise: '企业',
    },
    actions: { create: '新建', publish: '公开', update: '修改', delete: '删除' },
    roles: { loader: '来源数据导入', admin: '管理员', editor: '项目填报人员', import: '批量导入' },
    columns: { field: '字段', before: '修改前', after: '修改后' },
    when: '时间',
    who: '操作角色',
    why: '原因',
    evidence: '依据',
    fieldsSet: '载入的内容',
    empty: '（空）',
    yes: '是',
    no: '否',
    count: (total) => `共 ${total} 条记录`,
    pagination: '分页',
    previous: '上一页',
    next: '下一页',
    pageOf: (page, pageCount) => `第 ${page} 页，共 ${pageCount} 页`,
    updatedAt: '数据更新于 ',
    fields: {
      name: '名称',
      label: '名称',
      title: '标题',
      description: '简介',
      level: '级别',
      kind: '类型',
      status: '状态',
      quote: '原句',
      published: '公开',
      measure: '指标',
      labelEn: '英文名称',
      nameEn: '英文名称',
      value: '数值',
      unit: '单位',
      comparison: '比较',
      asOf: '截至日期',
      note: '说明',
      derivation: '算式',
      setId: '项目集',
      initiativeId: '工作事项',
      parentId: '上级事项',
      summary: '摘要',
      originalTitle: '原标题',
      publisher: '发布媒体',
      author: '作者',
      editor: '编辑',
      publishedOn: '发表日期',
      url: '网址',
      mirrorUrl: '镜像网址',
      mirrorDate: '镜像日期',
      language: '语言',
      reliability: '可靠性',
      reliabilityNote: '可靠性说明',
      basis: '数值性质',
      basisWords: '性质所据原文',
      wording: '原文说法',
      set: '项目集',
      initiative: '工作事项',
    },
    feed: '订阅更新（Atom）',
  },
  en: {
    title: 'Changes',
    intro:
      'Every change to the portal’s projects, figures, sets, initiatives and sources, newest first. The initial load from the sources is hidden unless you choose to show it. Only the role is shown, never personal details.',
    sectionTitle: 'History',
    none: 'No changes recorded yet.',
    filter: { legend: 'Filter', type: 'Type', all: 'All types', submit: 'Filter' },
    types: {
      project: 'Project',
      figure: 'Figure',
      set: 'Set',
      initiative: 'Initiative',
      source: 'Source',
      enterprise: 'Enterprise',
    },
    actions: { create: 'Created', publish: 'Published', update: 'Changed', delete: 'Deleted' },
    roles: { loader: 'Source data load', admin: 'Administrator', editor: 'Project editor', import: 'Bulk import' },
    columns: { field: 'Field', before: 'Before', after: 'After' },
    when: 'When',
    who: 'Role',
    why: 'Reason',
    evidence: 'Evidence',
    fieldsSet: 'What was loaded',
    empty: '(empty)',
    yes: 'yes',
    no: 'no',
    count: (total) => `${total} changes`,
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
    updatedAt: 'Data updated ',
    fields: {
      name: 'Name',
      label: 'Name',
      title: 'Title',
      description: 'Description',
      level: 'Level',
      kind: 'Kind',
      status: 'Status',
      quote: 'Sentence',
      published: 'Public',
      measure: 'Measure',
      labelEn: 'English name',
      nameEn: 'English name',
      value: 'Value',
      unit: 'Unit',
      comparison: 'Comparison',
      asOf: 'As of',
      note: 'Note',
      derivation: 'Arithmetic',
      setId: 'Set',
      initiativeId: 'Initiative',
      parentId: 'Parent',
      summary: 'Summary',
      originalTitle: 'Original title',
      publisher: 'Publisher',
      author: 'Author',
      editor: 'Editor',
      publishedOn: 'Published',
      url: 'Address',
      mirrorUrl: 'Mirror address',
      mirrorDate: 'Mirror date',
      language: 'Language',
      reliability: 'Reliability',
      reliabilityNote: 'Reliability note',
      basis: 'Basis',
      basisWords: 'Source words for the basis',
      wording: 'Source wording',
      set: 'Set',
      initiative: 'Initiative',
    },
    feed: 'Subscribe to changes (Atom)',
  },
};
