import type { MessageBundle } from '@/lib/i18n/messages';

type SetMessages = {
  sets: string;
  reported: string;
  itemisedHeading: string;
  gap: (reported: number, itemised: number, unnamed: number) => string;
  noItemised: string;
  composition: string;
  chartTitle: string;
  chartDescription: (c: { total: number; continuing: number; new: number; completion: number | null }) => string;
  continuing: string;
  new: string;
  completion: string;
  total: string;
  part: string;
  count: string;
  sumCheck: (sum: number, total: number) => string;
  /** The source's words first; the portal's reading of them (上半年 → a date) only as a note. */
  deadline: (count: string, wording: string, date: string) => [before: string, sourceWords: string, after: string];
  enterprise: string;
  source: string;
  allProjects: (count: number) => string;
};

export const setMessages: MessageBundle<SetMessages> = {
  'zh-Hans': {
    sets: '批次与计划',
    reported: '报道数据',
    itemisedHeading: '逐项公开的项目',
    gap: (reported, itemised, unnamed) =>
      `报道称共 ${reported} 个项目，其中已公开名称 ${itemised} 个，其余 ${unnamed} 个（${reported} − ${itemised}）未公开名称。`,
    noItemised: '工作人员取得有出处的正式名单后会在此逐项公开。',
    composition: '项目构成',
    chartTitle: '2023年重点项目构成',
    chartDescription: (c) =>
      `共 ${c.total} 个项目：续建 ${c.continuing} 个，新建 ${c.new} 个${c.completion === null ? '' : `；计划竣工投产 ${c.completion} 个`}。`,
    continuing: '续建项目',
    new: '新建项目',
    completion: '计划竣工投产',
    total: '重点项目总数',
    part: '类别',
    count: '项目数（个）',
    sumCheck: (sum, total) =>
      sum === total
        ? `续建与新建之和为 ${sum} 个，与报道总数 ${total} 个一致。`
        : `续建与新建之和为 ${sum} 个，与报道总数 ${total} 个不一致。`,
    deadline: (count, wording, date) => [
      '来源原话：“',
      `${count}个新建项目原则上${wording}全部开工`,
      `”。（本平台把“${wording}”理解为${date}前。）`,
    ],
    enterprise: '企业',
    source: '出处',
    allProjects: (count) => `在项目列表中查看全部 ${count} 个项目`,
  },
  en: {
    sets: 'Batches and programmes',
    reported: 'Reported figures',
    itemisedHeading: 'Named projects',
    gap: (reported, itemised, unnamed) =>
      `The source reports ${reported} projects; ${itemised} are named, the other ${unnamed} (${reported} − ${itemised}) are not published.`,
    noItemised: 'Officials will publish them one by one here once a sourced official list is available.',
    composition: 'Composition',
    chartTitle: 'Composition of the 2023 key projects',
    chartDescription: (c) =>
      `${c.total} projects: ${c.continuing} continuing, ${c.new} new${c.completion === null ? '' : `; ${c.completion} to be completed and in production`}.`,
    continuing: 'Continuing projects',
    new: 'New projects',
    completion: 'To be completed and in production',
    total: 'Key projects in all',
    part: 'Part',
    count: 'Projects',
    sumCheck: (sum, total) =>
      sum === total
        ? `Continuing plus new is ${sum}, the same as the reported total of ${total}.`
        : `Continuing plus new is ${sum}, which differs from the reported total of ${total}.`,
    deadline: (count, wording, date) => [
      `The source says the ${count} new projects are in principle all to start in `,
      wording,
      ` (the first half of the year). (The portal reads this as by ${date}.)`,
    ],
    enterprise: 'Enterprise',
    source: 'Source',
    allProjects: (count) => `See all ${count} projects in the project list`,
  },
};
