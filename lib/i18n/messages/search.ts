import type { MessageBundle } from '@/lib/i18n/messages';
import type { SearchKind } from '@/lib/search/kinds';

type SearchMessages = {
  title: string;
  titleFor: (query: string) => string;
  label: string;
  hint: string;
  button: string;
  intro: string;
  tipsHeading: string;
  tips: string[];
  shortened: (max: number) => string;
  summary: (count: string) => string;
  atLeast: (n: number) => string;
  groups: Record<SearchKind, string>;
  groupCount: (count: string) => string;
  showMore: (count: string, group: string) => string;
  allResults: string;
  noResultsHeading: (query: string) => string;
  noResultsTips: string[];
  browse: string;
  browseSources: string;
  browseHome: string;
  pageOf: (page: number, pages: number) => string;
  pagination: string;
  previous: string;
  next: string;
  pastLastPage: string;
  /** Before the CSV · JSON links of the results, with the cap of each kind (lib/search/search-download.ts). */
  download: (cap: number) => string;
};

/** A count as the page shows it ("1", "24", "more than 200") with the English noun in its number. */
const results = (count: string) => `${count} ${count === '1' ? 'result' : 'results'}`;

export const searchMessages: MessageBundle<SearchMessages> = {
  'zh-Hans': {
    title: '搜索',
    titleFor: (query) => `“${query}”的搜索结果`,
    label: '搜索内容',
    hint: '可输入项目或企业名称、两个字的词（如“红木”）、数字（如“98.8”）或名称的拼音（如“beichen”）；繁体、简体均可。',
    button: '搜索',
    intro: '在一个搜索框里查找项目、企业、项目集、工作主线与“两年见效”各方面、数据以及来源原文中的句子。',
    tipsHeading: '搜索提示',
    tips: [
      '两个字的词也能找到，例如“康养”“环保”“二期”。',
      '繁体输入同样有效，例如“壓力容器”。',
      '项目和企业名称可用不带声调、不加空格的拼音搜索，例如“hongmu”。',
      '数字按原文的写法输入，例如“1283.6”或“133”。',
      '多个词用空格隔开时，只显示同时包含所有词的结果。',
    ],
    shortened: (max) => `搜索内容过长，只按前 ${max} 个字搜索。`,
    summary: (count) => `共找到 ${count} 条结果。`,
    atLeast: (n) => `${n} 条以上`,
    groups: {
      project: '项目',
      enterprise: '企业',
      set: '项目集',
      initiative: '工作主线与两年见效',
      figure: '数据',
      passage: '来源原文',
    },
    groupCount: (count) => `${count} 条`,
    showMore: (count, group) => `查看全部 ${count} 条“${group}”结果`,
    allResults: '返回全部结果',
    noResultsHeading: (query) => `没有找到与“${query}”相关的内容`,
    noResultsTips: [
      '检查是否有错别字。',
      '换一个更短或更常用的词，例如只输入两个字。',
      '试试名称的拼音（不带声调、不加空格），例如“beichen”。',
      '多个词时，去掉其中一些词再试。',
    ],
    browse: '也可以直接浏览：',
    browseSources: '全部来源',
    browseHome: '首页',
    pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    pagination: '结果分页',
    previous: '上一页',
    next: '下一页',
    pastLastPage: '这一页没有结果。',
    download: (cap) => `下载这些结果（每类最多前 ${cap} 条）：`,
  },
  en: {
    title: 'Search',
    titleFor: (query) => `Search results for “${query}”`,
    label: 'Search for',
    hint: 'Type a project or enterprise name, a two-character term (such as 红木), a number as written in the source (such as 98.8) or a name in pinyin (such as beichen). Traditional and Simplified characters both work.',
    button: 'Search',
    intro:
      'One search for projects, enterprises, project sets, the work line and the two-year results areas, figures, and sentences of the sources.',
    tipsHeading: 'Search tips',
    tips: [
      'Two-character terms work, such as 康养, 环保 or 二期.',
      'Traditional characters work too, such as 壓力容器.',
      'Project and enterprise names can be searched in pinyin without tones or spaces, such as hongmu.',
      'Type numbers as the source writes them, such as 1283.6 or 133.',
      'With several words separated by spaces, only results containing all of them are shown.',
    ],
    shortened: (max) => `Your search was too long: only its first ${max} characters were searched for.`,
    summary: (count) => `${results(count)} found.`,
    atLeast: (n) => `more than ${n}`,
    groups: {
      project: 'Projects',
      enterprise: 'Enterprises',
      set: 'Project sets',
      initiative: 'Work line and two-year results',
      figure: 'Figures',
      passage: 'Source sentences',
    },
    groupCount: (count) => results(count),
    showMore: (count, group) => `See ${count === '1' ? 'the' : 'all'} ${results(count)} in “${group}”`,
    allResults: 'Back to all results',
    noResultsHeading: (query) => `No results for “${query}”`,
    noResultsTips: [
      'Check the spelling.',
      'Try a shorter or more common term, for example just two characters.',
      'Try the name in pinyin without tones or spaces, for example beichen.',
      'With several words, remove some of them and try again.',
    ],
    browse: 'Or browse:',
    browseSources: 'all sources',
    browseHome: 'the home page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    pagination: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    pastLastPage: 'There are no results on this page.',
    download: (cap) => `Download these results (the first ${cap} of each kind at most): `,
  },
};
