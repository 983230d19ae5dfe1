import type { MessageBundle } from '@/lib/i18n/messages';

type EmptyListingMessages = {
  heading: string;
  published: (count: number) => string;
  setsLink: string;
  mentionedBefore: string;
  mentionedAfter: string;
  noMention: string;
  clear: string;
};

/**
 * An empty project listing: what is known although no named project matches (components/projects/empty-listing.tsx).
 */
export const emptyListingMessages: MessageBundle<EmptyListingMessages> = {
  'zh-Hans': {
    heading: '没有逐项公开的项目符合这些条件',
    published: (count) =>
      `本平台逐项列出的项目共${count}个（来源点名的，和工作人员录入的）。来源报道的其他项目没有公布名称，只见于报道的总数中：`,
    setsLink: '各批次与计划的报道总数',
    mentionedBefore: '来源中提到“',
    mentionedAfter: '”的原句：',
    noMention: '来源中没有提到这些筛选条件的原句。',
    clear: '清除筛选条件，查看全部项目',
  },
  en: {
    heading: 'No named project matches these filters',
    published: (count) =>
      `This portal lists ${count} projects one by one (those its sources name, and those officials have entered). The other projects the sources report are not named; they appear only in the reported totals:`,
    setsLink: 'reported totals of each batch and plan',
    mentionedBefore: 'What the sources say about “',
    mentionedAfter: '” (their own words):',
    noMention: 'No sentence of the sources mentions these filters.',
    clear: 'Clear the filters and see every project',
  },
};
