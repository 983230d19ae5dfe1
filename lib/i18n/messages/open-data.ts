import type { MessageBundle } from '@/lib/i18n/messages';

type OpenDataMessages = {
  title: string;
  intro: string;
  updated: string;
  downloads: string;
  csv: string;
  json: string;
  csvNote: string;
  filtersNote: string;
  fields: string;
  columns: { key: string; zh: string; en: string; meaning: string; unit: string; codes: string };
  fieldsCaption: (dataset: string) => string;
  units: Record<string, string>;
  dictionary: string;
  dictionaryNote: string;
  oc4ids: string;
  oc4idsIntro: string;
  oc4idsPrefix: (prefix: string) => string;
  statusMap: string;
  sectorMap: string;
  omitted: string;
  townMap: string;
  townMapText: (region: string) => string;
  licence: string;
  licenceText: string;
  licenceSources: string;
  api: string;
  apiText: string;
  apiLink: string;
};

export const openDataMessages: MessageBundle<OpenDataMessages> = {
  'zh-Hans': {
    title: '开放数据',
    intro:
      '平台上的项目、项目集、数据、工作事项和来源都可以下载，字段说明如下。金额以万元为单位（整数）；空值表示来源未公开，不是零。',
    updated: '数据更新于 ',
    downloads: '下载',
    csv: 'CSV',
    json: 'JSON',
    csvNote: 'CSV为UTF-8编码并带BOM（Excel可直接正确显示中文），第一行为字段机器名。中英文字段名见数据字典。',
    filtersNote:
      '项目下载接受与项目列表相同的筛选参数（q、set、sector、chain、level、kind、status、town、sort），返回全部符合条件的行，不设行数上限。',
    fields: '字段',
    columns: { key: '字段名', zh: '中文名', en: '英文名', meaning: '含义', unit: '单位/格式', codes: '代码表' },
    fieldsCaption: (dataset) => `${dataset}的字段`,
    units: { wanYuan: '万元', percent: '%', date: '日期 YYYY-MM-DD', list: '以分号分隔' },
    dictionary: '数据字典（CSV）',
    dictionaryNote: '所有字段的中英文名称、含义、单位和代码。',
    oc4ids: 'OC4IDS 项目数据包',
    oc4idsIntro: '按开放合同基础设施数据标准（OC4IDS）0.9版输出全部公开项目。',
    oc4idsPrefix: (prefix) => `项目标识为“${prefix}”加项目网址标识。该前缀是本平台自定的，不是OC4IDS登记的前缀。`,
    statusMap: '状态对照',
    sectorMap: '领域对照',
    omitted: '（无对应代码，不输出）',
    townMap: '镇街对照',
    townMapText: (region) =>
      `镇街写入 locations[0].address：locality 为镇街名称，region 为“${region}”，countryName 为“中国”；未填写镇街的项目不输出 locations。OC4IDS 的地名录代码表（locationGazetteers）没有国家统计局区划代码，因此不输出 gazetteer，区划代码见项目下载的 town 字段。`,
    licence: '许可',
    licenceText:
      '本平台整理的数据（选择、结构、清洗、翻译、计算得出的数据）以“知识共享 署名 4.0 国际”（CC BY 4.0）许可发布，使用时请注明“长清区重点项目公开平台”。',
    licenceSources: '所引用的来源报道未声明任何许可，其文字的权利归原发布者所有；本平台只为注明出处而引用原句。',
    api: '接口',
    apiText: '同样的数据也可通过 JSON 接口按条件查询。',
    apiLink: '接口说明',
  },
  en: {
    title: 'Open data',
    intro:
      'The portal’s projects, sets, figures, initiatives and sources can be downloaded; every field is described below. Money is whole 万元 (10,000 yuan); an empty value means not published, never zero.',
    updated: 'Data updated ',
    downloads: 'Downloads',
    csv: 'CSV',
    json: 'JSON',
    csvNote:
      'CSV files are UTF-8 with a byte-order mark (Excel shows Chinese correctly); the first row holds the machine field names. Chinese and English labels are in the data dictionary.',
    filtersNote:
      'The project downloads take the same filters as the project list (q, set, sector, chain, level, kind, status, town, sort) and return every matching row, with no row limit.',
    fields: 'Fields',
    columns: {
      key: 'Field',
      zh: 'Chinese label',
      en: 'English label',
      meaning: 'Meaning',
      unit: 'Unit / format',
      codes: 'Codes',
    },
    fieldsCaption: (dataset) => `Fields of ${dataset}`,
    units: { wanYuan: '万元 (10,000 yuan)', percent: '%', date: 'date YYYY-MM-DD', list: 'separated by semicolons' },
    dictionary: 'Data dictionary (CSV)',
    dictionaryNote: 'Every field’s Chinese and English label, meaning, unit and codes.',
    oc4ids: 'OC4IDS project package',
    oc4idsIntro: 'Every published project in the Open Contracting for Infrastructure Data Standard (OC4IDS) 0.9.',
    oc4idsPrefix: (prefix) =>
      `Project ids are “${prefix}” followed by the project’s slug. The prefix is the portal’s own, not a registered OC4IDS prefix.`,
    statusMap: 'Status mapping',
    sectorMap: 'Sector mapping',
    omitted: '(no equivalent code: left out)',
    townMap: 'Town or subdistrict',
    townMapText: (region) =>
      `The town or subdistrict goes into locations[0].address: locality is its Chinese name, region “${region}”, countryName “中国”; a project without one has no locations. OC4IDS’s gazetteer codelist (locationGazetteers) has no scheme for the National Bureau of Statistics division codes, so no gazetteer is given; the code is in the town field of the project downloads.`,
    licence: 'Licence',
    licenceText:
      'The portal’s compilation (selection, structure, cleaning, translation, derived figures) is published under Creative Commons Attribution 4.0 International (CC BY 4.0); credit “Changqing District Key Projects portal”.',
    licenceSources:
      'The quoted source reports state no licence; the rights in their words stay with their publishers, and the portal quotes them only to cite them.',
    api: 'API',
    apiText: 'The same data can be queried as JSON.',
    apiLink: 'API documentation',
  },
};
