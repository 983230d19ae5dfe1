import {
  COMPARISONS,
  FIGURE_BASES,
  FIGURE_UNITS,
  INITIATIVE_KINDS,
  RELIABILITIES,
  SET_KINDS,
} from '@/lib/domain/codelists';
import { PROJECT_DATASET_FIELDS } from '@/lib/fields/project-labels';
import { cited, f, url, type Field } from '@/lib/open-data/field';

export type { Codelist, Field } from '@/lib/open-data/field';

/**
 * The one description of every downloadable dataset and field: the /data page, the dictionary
 * CSV, the CSV headers, the JSON downloads and the API all follow it. The projects' fields come from
 * the project field catalogue (lib/fields/project-fields.ts).
 */

export type Dataset = {
  id: DatasetId;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  fields: Field[];
};
export const DATASET_IDS = ['projects', 'sets', 'figures', 'initiatives', 'sources'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export const DATASETS: Record<DatasetId, Dataset> = {
  projects: {
    id: 'projects',
    zh: '项目',
    en: 'Projects',
    descriptionZh: '公开的重点项目。来源未公布的值为空（未公开），不是零。',
    descriptionEn: 'Published key projects. Values the sources do not publish are empty (not published), never zero.',
    fields: PROJECT_DATASET_FIELDS,
  },
  sets: {
    id: 'sets',
    zh: '项目集',
    en: 'Sets',
    descriptionZh: '集中开工批次和年度重点项目计划。',
    descriptionEn: 'Joint groundbreakings and yearly key-project programmes.',
    fields: [
      f('id', '标识', 'Id', '项目集标识', 'Set identifier'),
      f('kind', '类型', 'Kind', '项目集类型', 'Kind of set', { codelist: SET_KINDS }),
      f('name', '名称', 'Name', '中文名称', 'Chinese name'),
      f('nameEn', '英文名称', 'English name', '英文名称', 'English name'),
      f('description', '说明', 'Description', '说明', 'Description'),
      f(
        'itemisedCount',
        '已公开名称的项目数',
        'Projects named',
        '平台上逐项列出的项目数（不是报道总数）',
        'Projects listed by name on the portal (not the reported total)',
      ),
      f(
        'figureKeys',
        '报道数据',
        'Reported figures',
        '该项目集的数据标识，以分号分隔',
        'Keys of the set’s figures, separated by semicolons',
        { unit: 'list' },
      ),
      url,
    ],
  },
  figures: {
    id: 'figures',
    zh: '数据',
    en: 'Figures',
    descriptionZh: '每个引用的数据及其原句；计算得出的数据注明算式。',
    descriptionEn: 'Every cited figure with its sentence; derived figures with their arithmetic.',
    fields: [
      f('key', '数据标识', 'Key', '数据的固定标识', 'Stable identifier'),
      f('measure', '指标', 'Measure', '同一指标的数据构成时间线', 'Figures of one measure form a timeline'),
      f('label', '名称', 'Label', '中文名称', 'Chinese label'),
      f('labelEn', '英文名称', 'English label', '英文名称', 'English label'),
      f('value', '数值', 'Value', '精确数值；金额以万元计，日期为ISO格式', 'Exact value; money in 万元, dates ISO'),
      f('unit', '单位', 'Unit', '数值的单位', 'Unit of the value', { codelist: FIGURE_UNITS }),
      f('comparison', '比较', 'Comparison', '精确、以上或余', 'Exact, at least or more than', {
        codelist: COMPARISONS,
      }),
      f('asOf', '截至日期', 'As of', '数值所描述的日期', 'Date the value describes', { unit: 'date' }),
      f('note', '说明', 'Note', '如何换算日期等', 'E.g. how a lunar date was converted'),
      f(
        'basis',
        '数值性质',
        'Basis',
        '计划、报道、完成或计算得出；不同性质的数值是随时间的变化，不是冲突',
        'Planned, reported, completed or derived; values of different bases are change over time, not a conflict',
        { codelist: FIGURE_BASES },
      ),
      f(
        'basisWords',
        '性质所据原文',
        'Source words for the basis',
        '来源中说明数值性质的原话',
        'The words of the source that give the basis',
      ),
      f(
        'wording',
        '原文说法',
        'Source wording',
        '数值是本平台对原文的理解时（如“上半年”），来源的原话',
        'When the value is the portal’s reading of the source (e.g. 上半年), the source’s own words',
      ),
      f(
        'derived',
        '计算得出',
        'Derived',
        'true：本平台根据其他数据计算，不是来源公布的数字',
        'true: computed by the portal from other figures, not published',
      ),
      f('derivation', '算式', 'Arithmetic', '计算得出的数据的算式', 'Arithmetic of a derived figure'),
      f(
        'inputs',
        '计算所用数据',
        'Inputs',
        '计算所用的数据标识，以分号分隔',
        'Keys of the input figures, separated by semicolons',
        { unit: 'list' },
      ),
      f('setId', '项目集', 'Set', '所属项目集', 'Set the figure belongs to'),
      f('initiativeId', '工作事项', 'Initiative', '所属工作事项', 'Initiative the figure belongs to'),
      ...cited,
      url,
    ],
  },
  initiatives: {
    id: 'initiatives',
    zh: '工作事项',
    en: 'Initiatives',
    descriptionZh: '“1+4”工作主线、“四个一批”、推进机制、“两年见效”等。',
    descriptionEn: 'The “1+4” work line, the four batches, mechanisms, two-year results areas and tools.',
    fields: [
      f('id', '标识', 'Id', '工作事项标识', 'Identifier'),
      f('kind', '类型', 'Kind', '工作事项类型', 'Kind', { codelist: INITIATIVE_KINDS }),
      f('parentId', '上级事项', 'Parent', '上级工作事项标识', 'Parent initiative id'),
      f('position', '顺序', 'Order', '来源中的顺序', 'Order in the source'),
      f('name', '名称', 'Name', '中文名称', 'Chinese name'),
      f('nameEn', '英文名称', 'English name', '英文名称', 'English name'),
      f('summary', '摘要', 'Summary', '本平台写的摘要', 'Summary written by the portal'),
      ...cited,
      url,
    ],
  },
  sources: {
    id: 'sources',
    zh: '来源',
    en: 'Sources',
    descriptionZh: '数据所出自的报道，含可靠性说明。',
    descriptionEn: 'The reports the data comes from, with their reliability.',
    fields: [
      f('id', '标识', 'Id', '来源标识', 'Source identifier'),
      f('title', '标题', 'Title', '本平台的描述性标题', 'Descriptive title given by the portal'),
      f('originalTitle', '原标题', 'Original title', '报道自己的标题', 'The publication’s own headline'),
      f('publisher', '发布媒体', 'Publisher', '发布媒体', 'Publisher'),
      f('author', '作者', 'Author', '作者', 'Author'),
      f('editor', '编辑', 'Editor', '编辑', 'Editor'),
      f('publishedOn', '发表日期', 'Published', '发表日期', 'Publication date', { unit: 'date' }),
      f('sourceUrl', '原文地址', 'Address', '原文地址', 'Address of the original'),
      f('mirrorUrl', '镜像地址', 'Mirror address', '镜像副本地址', 'Address of a mirror copy'),
      f('mirrorDate', '镜像日期', 'Mirror date', '镜像副本日期', 'Date of the mirror copy', { unit: 'date' }),
      f(
        'language',
        '收到的文字',
        'Received as',
        'zh-Hant 繁体 / zh-Hans 简体',
        'zh-Hant Traditional / zh-Hans Simplified',
      ),
      f('reliability', '可靠性', 'Reliability', '原始来源、镜像副本或二手来源', 'Primary, mirror copy or secondary', {
        codelist: RELIABILITIES,
      }),
      f('reliabilityNote', '可靠性说明', 'Reliability note', '可靠性说明', 'Note on reliability'),
      f('passageCount', '段落数', 'Paragraphs', '保存的段落数', 'Paragraphs held'),
      url,
    ],
  },
};
