import type { MessageBundle } from '@/lib/i18n/messages';

type FigureMessages = {
  indicator: string;
  valueAndSource: string;
  asOf: (date: string) => string;
  sentenceOf: (label: string) => string;
  notPublished: string;
  itemisedNone: string;
  itemised: (count: number) => string;
  itemisedNoAmounts: string;
  itemisedSum: (count: number, sum: string) => string;
};

export const figureMessages: MessageBundle<FigureMessages> = {
  'zh-Hans': {
    indicator: '指标',
    valueAndSource: '数值与出处',
    asOf: (date) => `截至${date}`,
    sentenceOf: (label) => `：“${label}”的原句`,
    notPublished: '未公开',
    itemisedNone: '逐项公开：来源未列出任何项目名称。',
    itemised: (count) => `逐项公开：已公开名称 ${count} 个项目；`,
    itemisedNoAmounts: '各项目投资额均未公开，无法与报道总额相加核对。',
    itemisedSum: (count, sum) => `其中 ${count} 个公开了总投资，合计 ${sum}（仅为已公开项目之和，不是报道总额）。`,
  },
  en: {
    indicator: 'Figure',
    valueAndSource: 'Value and source',
    asOf: (date) => `As of ${date}`,
    sentenceOf: (label) => `: the sentence for “${label}”`,
    notPublished: 'Not published',
    itemisedNone: 'Itemised: the source names no project.',
    itemised: (count) => `Itemised: ${count} projects named; `,
    itemisedNoAmounts: 'no project’s investment is published, so they cannot be added up against the reported total.',
    itemisedSum: (count, sum) =>
      `${count} of them publish a total investment, together ${sum} (a sum of published rows, not the reported total).`,
  },
};
