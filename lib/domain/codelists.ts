/**
 * Closed lists of codes used in the schema, the facts file, forms and exports,
 * each with its Chinese and English label (names from ../shared/GLOSSARY.md).
 * 'unknown' always means "not published" (未公开), never a guess.
 */
type Labels = { zh: string; en: string };
type Codelist<K extends string> = Readonly<Record<K, Labels>>;

function codes<K extends string>(list: Codelist<K>): [K, ...K[]] {
  return Object.keys(list) as [K, ...K[]];
}

export const SECTORS = {
  industry: { zh: '产业类', en: 'Industry' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  healthCare: { zh: '康养', en: 'Health and elderly care' },
  livelihood: { zh: '民生', en: 'Public services' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  platform: { zh: '平台支撑', en: 'Platform support' },
  unknown: { zh: '未公开', en: 'Not published' },
} as const satisfies Codelist<string>;
export const SECTOR_CODES = codes(SECTORS);
export type Sector = keyof typeof SECTORS;

export const LEVELS = {
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
  unknown: { zh: '未公开', en: 'Not published' },
} as const satisfies Codelist<string>;
export const LEVEL_CODES = codes(LEVELS);
export type Level = keyof typeof LEVELS;

export const PROJECT_KINDS = {
  new: { zh: '新建', en: 'New' },
  continuing: { zh: '续建', en: 'Continuing' },
  unknown: { zh: '未公开', en: 'Not published' },
} as const satisfies Codelist<string>;
export const PROJECT_KIND_CODES = codes(PROJECT_KINDS);

export const STATUSES = {
  planning: { zh: '谋划', en: 'Planning' },
  preparation: { zh: '前期', en: 'Preparation' },
  underConstruction: { zh: '已开工·在建', en: 'Under construction' },
  completed: { zh: '竣工', en: 'Completed' },
  inOperation: { zh: '投产', en: 'In operation' },
  suspended: { zh: '暂停', en: 'Suspended' },
  cancelled: { zh: '取消', en: 'Cancelled' },
  unknown: { zh: '未公开', en: 'Not published' },
} as const satisfies Codelist<string>;
export const STATUS_CODES = codes(STATUSES);
export type Status = keyof typeof STATUSES;

export const KNOWN_AS = {
  launched: { zh: '报道点名的集中开工项目', en: 'Named in the source as launched' },
  official: { zh: '由工作人员录入', en: 'Added by an official' },
  synthetic: { zh: '合成测试数据', en: 'Synthetic test data' },
} as const satisfies Codelist<string>;
export const KNOWN_AS_CODES = codes(KNOWN_AS);

export const SET_KINDS = {
  launchBatch: { zh: '集中开工', en: 'Joint groundbreaking' },
  programme: { zh: '年度重点项目', en: 'Key-project programme' },
} as const satisfies Codelist<string>;
export const SET_KIND_CODES = codes(SET_KINDS);

export const INITIATIVE_KINDS = {
  workLine: { zh: '工作主线', en: 'Work line' },
  guarantee: { zh: '四项保障', en: 'Guarantee' },
  batchGoal: { zh: '四个一批', en: 'Batch goal' },
  mechanism: { zh: '推进机制', en: 'Mechanism' },
  resultArea: { zh: '两年见效', en: 'Two-year results area' },
  tool: { zh: '工作工具', en: 'Tool' },
} as const satisfies Codelist<string>;
export const INITIATIVE_KIND_CODES = codes(INITIATIVE_KINDS);

export const POINT_KINDS = {
  task: { zh: '任务', en: 'Task' },
  principle: { zh: '原则', en: 'Principle' },
  role: { zh: '职责', en: 'Role' },
} as const satisfies Codelist<string>;
export const POINT_KIND_CODES = codes(POINT_KINDS);

export const FIGURE_UNITS = {
  wanYuan: { zh: '万元', en: '10,000 yuan' },
  count: { zh: '个', en: 'count' },
  percent: { zh: '%', en: 'percent' },
  date: { zh: '日期', en: 'date' },
} as const satisfies Codelist<string>;
export const FIGURE_UNIT_CODES = codes(FIGURE_UNITS);
export type FigureUnit = keyof typeof FIGURE_UNITS;

/**
 * What a figure's value is: a plan or target, a count reported as it stood, an amount or number
 * completed, or computed by the portal. Values of different bases are a change, not a conflict.
 */
export const FIGURE_BASES = {
  planned: { zh: '计划', en: 'Planned' },
  reported: { zh: '报道', en: 'Reported' },
  completed: { zh: '完成', en: 'Completed' },
  derived: { zh: '计算得出', en: 'Derived' },
} as const satisfies Codelist<string>;
export const FIGURE_BASIS_CODES = codes(FIGURE_BASES);
export type FigureBasis = keyof typeof FIGURE_BASES;
/** A source gives a figure one of these; only the loader gives `derived`. */
export const SOURCED_BASIS_CODES = ['planned', 'reported', 'completed'] as const;

export const COMPARISONS = {
  exact: { zh: '', en: '' },
  atLeast: { zh: '以上', en: 'at least' },
  moreThan: { zh: '余', en: 'more than' },
} as const satisfies Codelist<string>;
export const COMPARISON_CODES = codes(COMPARISONS);
export type Comparison = keyof typeof COMPARISONS;

export const RELIABILITIES = {
  primary: { zh: '原始来源', en: 'Primary source' },
  mirror: { zh: '镜像副本', en: 'Mirror copy' },
  secondary: { zh: '二手来源', en: 'Secondary source' },
} as const satisfies Codelist<string>;
export const RELIABILITY_CODES = codes(RELIABILITIES);
