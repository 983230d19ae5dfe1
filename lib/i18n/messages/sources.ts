import type { MessageBundle } from '@/lib/i18n/messages';

type SourceMessages = {
  sources: string;
  sourcesIntro: string;
  source: string;
  citedNote: (label: string) => { before: string; after: string };
  fields: {
    originalTitle: string;
    publisher: string;
    author: string;
    editor: string;
    publishedOn: string;
    url: string;
    mirror: string;
    received: string;
    reliability: string;
  };
  none: string;
  receivedAs: (language: string) => string;
  languages: Record<string, string>;
  reliabilities: Record<string, string>;
  publishedOn: (date: string) => string;
  mirrorOnly: (date: string) => string;
  text: string;
  textHint: string;
  raw: string;
  rawHint: string;
  rawDownload: string;
};

export const sourceMessages: MessageBundle<SourceMessages> = {
  'zh-Hans': {
    sources: '来源',
    sourcesIntro: '本平台的每个数据都来自下列文件，并链接到其中的原句。',
    source: '来源',
    citedNote: (label) => ({ before: `“${label}”出自 `, after: '，原句已用黄色标出。' }),
    fields: {
      originalTitle: '原标题',
      publisher: '发布媒体',
      author: '作者',
      editor: '编辑',
      publishedOn: '发表日期',
      url: '原文地址',
      mirror: '镜像副本',
      received: '收到的文本',
      reliability: '可靠性',
    },
    none: '无',
    receivedAs: (language) => `${language}；本页显示去除注音后的规范文本`,
    languages: { 'zh-Hant': '繁体中文', 'zh-Hans': '简体中文' },
    reliabilities: { primary: '原始来源', mirror: '镜像副本', secondary: '二手来源' },
    publishedOn: (date) => `；发表于${date}`,
    mirrorOnly: (date) => `；原文发表日期未公开，镜像副本日期${date}`,
    text: '正文',
    textHint: '每段前的编号可链接到该段；引用本平台数据时请同时核对原句。',
    raw: '原始文本（收到时的样子）',
    rawHint:
      '原始文本为繁体中文，部分汉字后带有括号拼音注音，文末有网页的栏目链接文字。正文已去除这些内容并转换为简体；原始文本按收到时原样保存，供核对。',
    rawDownload: '下载原始文本（纯文本，UTF-8）',
  },
  en: {
    sources: 'Sources',
    sourcesIntro: 'Every figure on this portal comes from one of these documents and links to its sentence there.',
    source: 'Source',
    citedNote: (label) => ({ before: `“${label}” comes from `, after: '; the sentence is highlighted in yellow.' }),
    fields: {
      originalTitle: 'Original headline',
      publisher: 'Publisher',
      author: 'Author',
      editor: 'Editor',
      publishedOn: 'Published on',
      url: 'Original address',
      mirror: 'Mirror copy',
      received: 'Text as received',
      reliability: 'Reliability',
    },
    none: 'None',
    receivedAs: (language) => `${language}; this page shows the cleaned text in Simplified Chinese`,
    languages: { 'zh-Hant': 'Traditional Chinese', 'zh-Hans': 'Simplified Chinese' },
    reliabilities: { primary: 'Primary source', mirror: 'Mirror copy', secondary: 'Secondary source' },
    publishedOn: (date) => `; published ${date}`,
    mirrorOnly: (date) => `; original date not published, mirror copy dated ${date}`,
    text: 'Text',
    textHint: 'Each paragraph number links to that paragraph. The text is shown in Chinese as published.',
    raw: 'Raw text (as received)',
    rawHint:
      'The raw text is in Traditional Chinese, with pinyin readings in parentheses after some characters and the web page’s section links at the end. The text above has these removed and is converted to Simplified Chinese; the raw text is kept exactly as received, for checking.',
    rawDownload: 'Download the raw text (plain text, UTF-8)',
  },
};
