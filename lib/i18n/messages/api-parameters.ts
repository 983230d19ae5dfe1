import { PROJECT_FIELDS } from '@/lib/fields/project-fields';

/**
 * The API's endpoint summaries and query-parameter descriptions in Chinese, for the /api page
 * (Traditional is converted from these). The English ones are the OpenAPI document's own (the zod
 * schemas' `.describe()`), so English pages show those; tests/unit/api-docs.test.ts fails when
 * the document has an endpoint or parameter this table does not describe.
 */
/** A filter by a coded field, named with the field's one label (lib/fields). */
const codeOf = (field: 'sector' | 'level' | 'kind' | 'status') => `${PROJECT_FIELDS[field].zh}代码`;

export const API_SUMMARIES_ZH: Record<string, string> = {
  '/projects': '项目（可筛选、分页）',
  '/search': '搜索项目、企业、批次、工作主线、数据和来源原句（按类别分组）',
  '/projects/{slug}': '单个项目',
  '/sets': '批次与计划',
  '/sets/{id}': '单个批次或计划',
  '/figures': '数据',
  '/figures/{key}': '单个数据',
  '/initiatives': '工作主线与“两年见效”各项工作',
  '/initiatives/{id}': '单项工作',
  '/sources': '来源',
  '/sources/{id}': '单个来源',
};

export const API_PARAMETERS_ZH: Record<string, Record<string, string>> = {
  '/projects': {
    q: '项目名称、企业、产业链、地点或简介中的词，查找方式与 /search 相同（也可输入繁体字或拼音）；匹配的项目最多计数、分页到 1000 个（见 meta.atLeast）',
    set: '批次编号，如 launch-2023-01-29',
    sector: codeOf('sector'),
    chain: '产业链，须与公布的写法完全一致',
    level: codeOf('level'),
    kind: codeOf('kind'),
    status: codeOf('status'),
    town: '所在镇街的国家统计局区划代码（长清区所辖十个街道、镇之一），或 none（暂无所在镇街公开记录的项目）',
    sort: 'name（按名称）、investment（总投资从高到低）、date（开工日期从新到旧）',
    dir: 'asc（升序）或 desc（降序）；不填时按各排序本身的方向（名称从前到后，其余从大到小、从新到旧）。未公开的金额和日期总排在最后',
    page: '页码，从 1 开始',
    pageSize: '每页行数，最多 100',
  },
  '/search': {
    q: '搜索词：中文（简体或繁体）、拼音或数字',
    type: '只看这一类结果，每页 20 条',
    page: '所选类别的页码，从 1 开始',
  },
  '/sets': { kind: '批次类别代码' },
  '/figures': { measure: '指标：同一时间线上的全部数据', set: '批次编号' },
  '/initiatives': { kind: '工作类别代码' },
  '/sources': { reliability: 'primary（原始来源）、mirror（镜像）或 secondary（二手来源）' },
};
