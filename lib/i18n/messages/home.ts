import type { MessageBundle } from '@/lib/i18n/messages';

type HomeMessages = { title: string; intro: string; reportedFigures: (set: string) => string };

export const homeMessages: MessageBundle<HomeMessages> = {
  'zh-Hans': {
    title: '长清区重点项目',
    intro:
      '2023年长清区集中开工项目与省、市、区三级重点项目的公开数据。每个数据都链接到它在来源中的原句；报道总数与逐项公开的项目分开列出。',
    reportedFigures: (set) => `${set}：报道数据`,
  },
  en: {
    title: 'Changqing District key projects',
    intro:
      'Published figures on the projects Changqing District started together in 2023 and on its provincial, municipal and district key projects. Every figure links to its sentence in the source; reported totals and itemised projects are listed apart.',
    reportedFigures: (set) => `${set}: reported figures`,
  },
};
