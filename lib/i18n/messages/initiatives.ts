import type { MessageBundle } from '@/lib/i18n/messages';

type InitiativeMessages = {
  workLine: string;
  workLineIntro: string;
  areas: string;
  areasIntro: string;
  areaCount: (total: number, named: number, unpublished: number) => string;
  unpublishedArea: (n: number) => string;
  unpublishedAreaNote: string;
  kinds: Record<string, string>;
  pointKinds: Record<string, string>;
  targets: string;
  parts: string;
  projects: string;
  noProjects: string;
  partOf: string;
  source: string;
  details: string;
  enterprise: string;
  enterpriseProjects: string;
  noEnterpriseProjects: string;
  mentions: string;
  chain: string;
};

export const initiativeMessages: MessageBundle<InitiativeMessages> = {
  'zh-Hans': {
    workLine: '“1+4”工作主线与推进机制',
    workLineIntro:
      '长清区2023年的项目建设工作主线、“四个一批”目标、《实施意见》明确的四项机制和“三图四库”，均摘自来源原文。',
    areas: '“两年见效”十个方面',
    areasIntro: '“两年见效”是长清区“五个坚持七区联动”发展蓝图的阶段目标。',
    areaCount: (total, named, unpublished) =>
      `来源称共 ${total} 个方面，列出了其中 ${named} 个；其余 ${unpublished} 个（${total} − ${named}）未公开。`,
    unpublishedArea: (n) => `第 ${n} 个方面：未公开`,
    unpublishedAreaNote: '来源未列出这一方面的名称。',
    kinds: {
      workLine: '工作主线',
      guarantee: '四项保障',
      batchGoal: '四个一批',
      mechanism: '推进机制',
      resultArea: '两年见效',
      tool: '工作工具',
    },
    pointKinds: { task: '任务', principle: '原则', role: '职责' },
    targets: '目标与数据',
    parts: '组成部分',
    projects: '相关项目',
    noProjects: '尚未关联已公开的项目。',
    partOf: '隶属于',
    source: '来源原句',
    details: '详情',
    enterprise: '企业',
    enterpriseProjects: '已公开的项目',
    noEnterpriseProjects: '来源没有将该企业的项目列为开工项目。',
    mentions: '来源中的提及',
    chain: '产业链',
  },
  en: {
    workLine: 'The “1+4” work line and mechanisms',
    workLineIntro:
      'Changqing’s 2023 work line for project construction, the “four batches” goals, the four mechanisms of the implementing opinions and the “three maps, four databases”, all quoted from the source.',
    areas: 'Two-year results: ten areas',
    areasIntro: '“Two-year results” is a stage goal of the district’s development blueprint.',
    areaCount: (total, named, unpublished) =>
      `The source speaks of ${total} areas and names ${named}; the other ${unpublished} (${total} − ${named}) are not published.`,
    unpublishedArea: (n) => `Area ${n}: not published`,
    unpublishedAreaNote: 'The source does not name this area.',
    kinds: {
      workLine: 'Work line',
      guarantee: 'Guarantee',
      batchGoal: 'Batch goal',
      mechanism: 'Mechanism',
      resultArea: 'Two-year results area',
      tool: 'Tool',
    },
    pointKinds: { task: 'Task', principle: 'Principle', role: 'Role' },
    targets: 'Targets and figures',
    parts: 'Parts',
    projects: 'Related projects',
    noProjects: 'No published project is linked yet.',
    partOf: 'Part of',
    source: 'Source sentence',
    details: 'Details',
    enterprise: 'Enterprise',
    enterpriseProjects: 'Published projects',
    noEnterpriseProjects: 'The source does not name a launched project of this enterprise.',
    mentions: 'Mentions in the sources',
    chain: 'Industry chain',
  },
};
