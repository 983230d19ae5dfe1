import type { ProjectFieldDecl } from '@/lib/fields/project-field';
import { pickMessages } from '@/lib/i18n/messages';
import { nameMessages } from '@/lib/i18n/messages/names';
import { projectCodeSchema, slugSchema, text } from '@/lib/validations/project-fields';

const names = pickMessages('zh-Hans', nameMessages);

/**
 * Project fields: who and what: the identifiers, names, enterprise and description.
 * Part of the catalogue (./project-fields.ts).
 */
export const IDENTITY_FIELDS = {
  slug: {
    zh: '网址标识',
    en: 'Slug',
    meaningZh: '项目的固定标识，用于网址',
    meaningEn: 'Stable identifier used in addresses',
    visibility: 'public',
    parse: slugSchema,
    import: { hint: '小写字母、数字和连字符；无编码时按此匹配；新项目留空则按名称拼音生成' },
    history: true,
  },
  code: {
    zh: '项目编码',
    en: 'Project code',
    meaningZh: '官方项目编码，批量导入按此匹配',
    meaningEn: 'Official project code, by which the import matches projects',
    visibility: 'internal',
    parse: projectCodeSchema,
    form: { note: '可选', hint: '官方项目编码，批量导入按此匹配' },
    import: { hint: '官方项目编码；有编码时按编码匹配已有项目' },
    history: true,
  },
  name: {
    zh: '项目名称',
    en: 'Name',
    meaningZh: '来源中的项目名称',
    meaningEn: 'Project name as published',
    visibility: 'public',
    parse: text('项目名称', 200),
    form: { required: true },
    import: { hint: '新项目必填' },
    history: true,
  },
  nameEn: {
    zh: '英文名称',
    en: 'English name',
    meaningZh: '本平台给出的英文译名（不是来源的说法），可由工作人员修改；为空表示尚无译名',
    meaningEn:
      "The portal's own English rendering of the name (not the source's words), which officials may edit; empty when there is none",
    visibility: 'public',
    // The portal's English rendering of the name (shown on English pages as its translation).
    parse: text('英文名称', 300),
    form: { note: '本站译名，可选', hint: names.formHint },
    history: true,
  },
  enterpriseId: {
    zh: '企业标识',
    en: 'Enterprise id',
    meaningZh: '建设企业的标识',
    meaningEn: 'Identifier of the enterprise',
    visibility: 'public',
    history: true,
  },
  enterpriseName: {
    zh: '企业',
    en: 'Enterprise',
    meaningZh: '建设企业名称',
    meaningEn: 'Name of the enterprise',
    visibility: 'public',
    summary: true,
  },
  enterpriseNameEn: {
    zh: '企业英文名称',
    en: 'Enterprise English name',
    meaningZh: '本平台给出的企业英文译名',
    meaningEn: "The portal's own English rendering of the enterprise's name",
    visibility: 'public',
  },
  description: {
    zh: '简介',
    en: 'Description',
    meaningZh: '来源中的项目说明',
    meaningEn: 'Description from the source',
    visibility: 'public',
    parse: text('简介', 2_000),
    form: { input: 'textarea' },
    import: { hint: '' },
    history: true,
  },
} as const satisfies Record<string, ProjectFieldDecl>;
