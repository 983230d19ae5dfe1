/**
 * The bulk-import template: a Chinese header row for people, then a row of machine keys that
 * the importer reads (columns may be in any order; unknown keys are refused). Data starts on
 * the row after the keys. A blank cell means "leave as it is" for an existing project and
 * "not published" for a new one: a blank never erases a stored value.
 */
export const IMPORT_COLUMNS = [
  { key: 'code', header: '项目编码', hint: '官方项目编码；有编码时按编码匹配已有项目' },
  { key: 'slug', header: '网址标识', hint: '小写字母、数字和连字符；无编码时按此匹配；新项目留空则按名称拼音生成' },
  { key: 'name', header: '项目名称', hint: '新项目必填' },
  { key: 'kind', header: '新建或续建', hint: '新建、续建' },
  { key: 'level', header: '级别', hint: '省级、市级、区级' },
  { key: 'sector', header: '行业', hint: '产业类、农业、康养、民生、基础设施、平台支撑' },
  { key: 'status', header: '状态', hint: '谋划、前期、已开工·在建、竣工、投产、暂停、取消' },
  { key: 'statusDate', header: '状态生效日期', hint: '年-月-日，例如 2023-06-30；改变状态时必须填写新状态开始的日期' },
  {
    key: 'statusDateConfirmed',
    header: '新状态沿用原日期',
    hint: '只在改变状态、而新状态确实从原状态生效日期起生效时填“是”',
  },
  { key: 'totalInvestment', header: '总投资（万元）', hint: '整数，单位万元' },
  { key: 'annualPlanInvestment', header: '年度计划投资（万元）', hint: '整数，单位万元' },
  { key: 'completedInvestment', header: '累计完成投资（万元）', hint: '整数，单位万元' },
  { key: 'progressPercent', header: '形象进度（%）', hint: '0 到 100 的整数' },
  { key: 'startDate', header: '开工日期', hint: '年-月-日' },
  { key: 'plannedCompletionDate', header: '计划竣工日期', hint: '年-月-日' },
  { key: 'location', header: '建设地点', hint: '' },
  {
    key: 'town',
    header: '镇街',
    hint: '文昌街道、崮云湖街道、平安街道、五峰山街道、归德街道、张夏街道、万德街道、孝里街道、马山镇、双泉镇（或其 9 位统计用区划代码）',
  },
  { key: 'description', header: '项目简介', hint: '' },
  { key: 'sets', header: '所属项目集', hint: '项目集标识，多个用分号隔开，例如 key-projects-2023' },
] as const;

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];
export const IMPORT_KEYS = IMPORT_COLUMNS.map((c) => c.key) as ImportKey[];
export const HEADER_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportKey, string>;

/** One data row of the file: its row number in the file (1-based, as a spreadsheet shows it) and its cells. */
export type ImportRow = { row: number; cells: Partial<Record<ImportKey, string>> };
export type ImportError = { row: number | null; column: string | null; message: string };
