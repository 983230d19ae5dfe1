import type { MessageBundle } from '@/lib/i18n/messages';

type LayoutMessages = {
  portalName: string;
  description: string;
  skipToContent: string;
  mainNav: string;
  nav: {
    home: string;
    summary: string;
    projects: string;
    workLine: string;
    areas: string;
    data: string;
    changes: string;
    sources: string;
  };
  search: { label: string; button: string };
  languages: string;
  footer: { sources: string; policy: string };
  notFound: { title: string; typed: string; pasted: string; goHome: string; orSources: string };
};

export const layoutMessages: MessageBundle<LayoutMessages> = {
  'zh-Hans': {
    portalName: '长清区重点项目公开平台',
    description: '济南市长清区重点项目、集中开工项目、“1+4”工作主线与“两年见效”的公开信息，每个数据附原文出处。',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    nav: {
      home: '首页',
      summary: '数字概览',
      projects: '项目',
      workLine: '工作主线',
      areas: '两年见效',
      data: '开放数据',
      changes: '更新记录',
      sources: '来源',
    },
    search: { label: '搜索项目、企业、数据和原文', button: '搜索' },
    languages: '语言',
    footer: {
      sources: '数据来源：',
      policy: '本平台只公布来源中有据可查的信息；来源未公布的内容标为“未公开”。',
    },
    notFound: {
      title: '未找到页面',
      typed: '如果您是输入的网址，请检查网址是否正确。',
      pasted: '如果您是粘贴的网址，请检查是否复制了完整的网址。',
      goHome: '返回首页',
      orSources: '查看数据来源',
    },
  },
  en: {
    portalName: 'Changqing District Key Projects',
    description:
      'Key projects of Changqing District, Jinan: the joint groundbreaking, the 2023 programme, the “1+4” work line and the two-year results, every figure linked to its source sentence.',
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    nav: {
      home: 'Home',
      summary: 'At a glance',
      projects: 'Projects',
      workLine: 'Work line',
      areas: 'Two-year results',
      data: 'Open data',
      changes: 'Changes',
      sources: 'Sources',
    },
    search: { label: 'Search projects, enterprises, figures and sources', button: 'Search' },
    languages: 'Language',
    footer: {
      sources: 'Sources: ',
      policy:
        'This portal publishes only what its sources state; anything they do not state is marked “not published”.',
    },
    notFound: {
      title: 'Page not found',
      typed: 'If you typed the web address, check it is correct.',
      pasted: 'If you pasted the web address, check you copied the entire address.',
      goHome: 'Go to the home page',
      orSources: 'see the sources',
    },
  },
};
