import type { MessageBundle } from '@/lib/i18n/messages';

type ProjectMessages = {
  title: string;
  intro: string;
  pageTitle: (page: number, pages: number) => string;
  pageOf: (page: number, pages: number) => string;
  keyword: string;
  download: string;
  keywordHint: string;
  /** Words of the listing beside the fields' own labels (lib/fields/project-labels.ts). */
  fields: {
    set: string;
    sort: string;
    statusSince: (date: string) => string;
  };
  any: string;
  sorts: { name: string; investment: string; date: string };
  /** The two ways /projects shows its rows (?view=table), and the table's caption and first column. */
  views: { label: string; list: string; table: string };
  tableCaption: string;
  projectColumn: string;
  apply: string;
  clear: string;
  resultCount: (total: number) => string;
  /** A keyword's matches are counted up to a cap (lib/project-list/list-projects.ts): more than that many. */
  resultCountAtLeast: (cap: number) => string;
  /** Below the count when it was capped: only the first `cap` are listed, and how to see the others. */
  capNotice: (cap: number) => string;
  pageBeyond: string;
  /** Under the count: how many published projects have no published 镇街, linking to them. */
  withoutTown: (count: number) => string;
  withoutTownLink: (count: number) => string;
  firstPage: string;
  previous: string;
  next: string;
  pagination: string;
  breadcrumb: string;
  home: string;
  keyFacts: string;
  sourceSentence: string;
  notPublishedNote: string;
  sets: string;
  noSets: string;
  /** The words before and after the chain's name, which stays Chinese (and is marked so) on every page. */
  sameChain: readonly [string, string];
  noSameChain: string;
  progressValue: (percent: number) => string;
};

export const projectMessages: MessageBundle<ProjectMessages> = {
  'zh-Hans': {
    title: '项目',
    intro: '已逐项公开的重点项目。来源未公布的内容标为“未公开”。',
    pageTitle: (page, pages) => `项目（第 ${page} 页，共 ${pages} 页）`,
    pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    keyword: '关键词',
    download: '下载当前结果（全部行）：',
    keywordHint: '项目名称、企业、产业链、地点或简介中的文字；也可以输入繁体字或拼音（如 hongmu）',
    fields: {
      set: '所属批次',
      sort: '排序',
      statusSince: (date) => `（自${date}起）`,
    },
    any: '全部',
    sorts: { name: '名称', investment: '总投资（高到低）', date: '开工日期（新到旧）' },
    views: { label: '显示方式：', list: '列表', table: '表格' },
    tableCaption: '项目表。点击带链接的列名按该列排序，再点一次反向排序。',
    projectColumn: '项目',
    apply: '应用筛选',
    clear: '清除筛选',
    resultCount: (total) => `共 ${total} 个项目`,
    resultCountAtLeast: (cap) => `超过 ${cap.toLocaleString('zh-CN')} 个项目`,
    capNotice: (cap) =>
      `这里只列出符合关键词的前 ${cap.toLocaleString('zh-CN')} 个项目。要找其他项目，请多输入几个词或加上筛选条件；也可以下载全部结果。`,
    pageBeyond: '这一页没有项目。',
    withoutTown: (count) => `在全部已公开项目中，有 ${count} 个暂无所在镇街的公开记录。`,
    withoutTownLink: () => '查看这些项目',
    firstPage: '回到第 1 页',
    previous: '上一页',
    next: '下一页',
    pagination: '分页',
    breadcrumb: '您的位置',
    home: '首页',
    keyFacts: '基本情况',
    sourceSentence: '来源原句',
    notPublishedNote: '标为“未公开”的内容，来源没有公布；工作人员取得有出处的数据后会在此更新。',
    sets: '所属批次与计划',
    noSets: '未列入任何批次。',
    sameChain: ['同一产业链（', '）的其他项目'],
    noSameChain: '没有其他已公开的同产业链项目。',
    progressValue: (percent) => `${percent}%`,
  },
  en: {
    title: 'Projects',
    intro: 'Named key projects. What the sources do not state is marked “Not published”.',
    pageTitle: (page, pages) => `Projects (page ${page} of ${pages})`,
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    keyword: 'Keywords',
    download: 'Download these results (all rows): ',
    keywordHint:
      'Words in the project name, enterprise, industry chain, location or description. Traditional characters and pinyin (such as hongmu) also work',
    fields: {
      set: 'Batch or programme',
      sort: 'Sort by',
      statusSince: (date) => ` (since ${date})`,
    },
    any: 'Any',
    sorts: { name: 'Name', investment: 'Total investment (highest first)', date: 'Start date (newest first)' },
    views: { label: 'Show as: ', list: 'list', table: 'table' },
    tableCaption: 'Projects. Select a linked column name to sort by it, and again to reverse the order.',
    projectColumn: 'Project',
    apply: 'Apply filters',
    clear: 'Clear filters',
    resultCount: (total) => `${total} projects`,
    resultCountAtLeast: (cap) => `More than ${cap.toLocaleString('en')} projects`,
    capNotice: (cap) =>
      `Only the first ${cap.toLocaleString('en')} projects that match your keywords are listed. To find others, add more words or filters, or download all the results.`,
    pageBeyond: 'There are no projects on this page.',
    withoutTown: (count) =>
      `Of all published projects, ${count} ${count === 1 ? 'has' : 'have'} no published town or subdistrict.`,
    withoutTownLink: (count) => (count === 1 ? 'Show that project' : 'Show those projects'),
    firstPage: 'Go to page 1',
    previous: 'Previous',
    next: 'Next',
    pagination: 'Pagination',
    breadcrumb: 'You are here',
    home: 'Home',
    keyFacts: 'Key facts',
    sourceSentence: 'Source sentence',
    notPublishedNote:
      'What is marked “Not published” is not stated by the sources; officials update it when a sourced value is available.',
    sets: 'Batches and programmes',
    noSets: 'Not part of any batch.',
    sameChain: ['Other projects in the same industry chain (', ')'],
    noSameChain: 'No other published project in this industry chain.',
    progressValue: (percent) => `${percent}%`,
  },
};
