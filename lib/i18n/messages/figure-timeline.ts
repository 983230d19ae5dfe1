import type { MessageBundle } from '@/lib/i18n/messages';

type FigureTimelineMessages = {
  basisUnrecorded: string;
  basisColumn: string;
  /** One published value: "2023年1月29日计划133个". */
  step: (date: string, basis: string, value: string) => string;
  separator: string;
  up: (amount: string) => string;
  down: (amount: string) => string;
  unchanged: string;
  changedTo: string;
  changeIntro: string;
  conflict: (values: string) => string;
  conflictItem: (value: string, date: string, basis: string) => string;
  basisWordsBefore: string;
  basisWordsAfter: string;
  /** The source's own words for a value, then the portal's reading of them as a note. */
  wordingReading: { before: string; after: string };
};

export const figureTimelineMessages: MessageBundle<FigureTimelineMessages> = {
  'zh-Hans': {
    basisUnrecorded: '未记录',
    basisColumn: '数值性质',
    step: (date, basis, value) => `${date}${basis}${value}`,
    separator: '；',
    up: (amount) => `，增加${amount}`,
    down: (amount) => `，减少${amount}`,
    unchanged: '，未变',
    changedTo: '，有变化',
    changeIntro: '随时间的变化：',
    conflict: (values) =>
      `注意：来源给出的数值不一致：${values}。本平台把它们并列显示，并注明日期和来源，不取平均，也不替读者择一。`,
    conflictItem: (value, date, basis) => `${value}（${date}，${basis}）`,
    basisWordsBefore: '（依据原文',
    basisWordsAfter: '）',
    wordingReading: { before: '（本平台的理解：', after: '）' },
  },
  en: {
    basisUnrecorded: 'not recorded',
    basisColumn: 'Basis',
    step: (date, basis, value) => `${date}, ${basis}: ${value}`,
    separator: '; ',
    up: (amount) => `, up ${amount}`,
    down: (amount) => `, down ${amount}`,
    unchanged: ', unchanged',
    changedTo: ', changed',
    changeIntro: 'Change over time: ',
    conflict: (values) =>
      `Note: the sources give different values: ${values}. They are shown side by side with their dates and sources; the portal neither averages them nor picks one.`,
    conflictItem: (value, date, basis) => `${value} (${date}, ${basis})`,
    basisWordsBefore: ' (from the source’s words ',
    basisWordsAfter: ')',
    wordingReading: { before: ' (the portal’s reading: ', after: ')' },
  },
};
