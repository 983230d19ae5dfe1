import { TOWN_CODES, TOWN_SOURCE, TOWNS } from '@/lib/domain/towns';
import type { ProjectFieldDecl } from '@/lib/fields/project-field';
import { codeOrLabel, isoDate, percent, text, wan } from '@/lib/validations/project-fields';

const MONEY_HINT = '整数，单位万元；未公开请留空';
const DATE_HINT = '年-月-日';

/**
 * Project fields: money, progress, dates and place.
 * Part of the catalogue (./project-fields.ts).
 */
export const PROGRESS_FIELDS = {
  totalInvestment: {
    zh: '总投资',
    en: 'Total investment',
    meaningZh: '计划总投资',
    meaningEn: 'Planned whole-life investment',
    unit: 'wanYuan',
    visibility: 'public',
    parse: wan('总投资'),
    form: { hint: '整数，单位万元；1亿元 = 10000万元。未公开请留空' },
    import: { hint: '整数，单位万元' },
    summary: true,
    history: true,
  },
  annualPlanInvestment: {
    zh: '年度计划投资',
    en: 'Annual planned investment',
    meaningZh: '本年度计划投资',
    meaningEn: 'Investment planned for the year',
    unit: 'wanYuan',
    visibility: 'public',
    parse: wan('年度计划投资'),
    form: { hint: MONEY_HINT },
    import: { hint: '整数，单位万元' },
    summary: true,
    history: true,
  },
  completedInvestment: {
    zh: '完成投资',
    en: 'Investment completed',
    meaningZh: '已完成投资',
    meaningEn: 'Investment completed',
    unit: 'wanYuan',
    visibility: 'public',
    parse: wan('完成投资'),
    form: { hint: MONEY_HINT },
    import: { hint: '整数，单位万元' },
    summary: true,
    history: true,
  },
  progressPercent: {
    zh: '形象进度',
    en: 'Physical progress',
    meaningZh: '形象进度',
    meaningEn: 'Progress of works',
    unit: 'percent',
    visibility: 'public',
    parse: percent('形象进度'),
    form: { hint: '0 到 100 的整数；未公开请留空' },
    import: { hint: '0 到 100 的整数' },
    summary: true,
    history: true,
  },
  startDate: {
    zh: '开工日期',
    en: 'Start of construction',
    meaningZh: '开工日期',
    meaningEn: 'Start of construction',
    unit: 'date',
    visibility: 'public',
    parse: isoDate('开工日期'),
    form: {},
    import: { hint: DATE_HINT },
    summary: true,
    history: true,
  },
  plannedCompletionDate: {
    zh: '计划竣工日期',
    en: 'Planned completion',
    meaningZh: '计划竣工日期',
    meaningEn: 'Planned completion date',
    unit: 'date',
    visibility: 'public',
    parse: isoDate('计划竣工日期'),
    form: {},
    import: { hint: DATE_HINT },
    summary: true,
    history: true,
  },
  location: {
    zh: '地点',
    en: 'Location',
    meaningZh: '项目地点',
    meaningEn: 'Location',
    visibility: 'public',
    parse: text('地点', 200),
    form: {},
    import: { hint: '' },
    summary: true,
    history: true,
  },
  town: {
    zh: '镇街',
    en: 'Town or subdistrict',
    meaningZh: `项目所在的镇或街道，用国家统计局统计用区划代码（9 位）表示。代码表是${TOWN_SOURCE.region}（${TOWN_SOURCE.parentCode}）下的 ${Object.keys(TOWNS).length} 个镇街，取自 npm 包 ${TOWN_SOURCE.package} ${TOWN_SOURCE.version}（${TOWN_SOURCE.file}）。由工作人员填写；来源没有写明的为空（暂无公开记录）。`,
    meaningEn: `The town or subdistrict, as its 9-digit National Bureau of Statistics division code. The list holds the ${Object.keys(TOWNS).length} units under ${TOWN_SOURCE.parentCode} (Changqing District), taken from the npm package ${TOWN_SOURCE.package} ${TOWN_SOURCE.version} (${TOWN_SOURCE.file}). Filled in by officials; empty where no source states it (no public record yet).`,
    codelist: TOWNS,
    visibility: 'public',
    // 镇街 from the codelist, or not published (empty): officials fill it in, nothing guesses it.
    parse: codeOrLabel('镇街', TOWN_CODES, TOWNS),
    form: { hint: '项目所在的镇或街道；来源或文件没有写明时留空，公开页面显示“暂无公开记录”' },
    import: {
      hint: '文昌街道、崮云湖街道、平安街道、五峰山街道、归德街道、张夏街道、万德街道、孝里街道、马山镇、双泉镇（或其 9 位统计用区划代码）',
    },
    summary: true,
    history: true,
  },
} as const satisfies Record<string, ProjectFieldDecl>;
