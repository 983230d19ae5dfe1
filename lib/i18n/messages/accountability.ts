import type { MessageBundle } from '@/lib/i18n/messages';

type AccountabilityMessages = {
  title: string;
  intro: string;
  role: string;
  person: string;
  post: string;
  unit: string;
  /** What is shown for anything officials have not recorded: never a zero. */
  noRecord: string;
  noRecordNote: string;
  problemsTitle: string;
  problems: (open: number, resolved: number) => string;
  milestonesTitle: string;
  milestones: (counts: { met: number; partiallyMet: number; notMet: number; scheduled: number }) => string;
};

export const accountabilityMessages: MessageBundle<AccountabilityMessages> = {
  'zh-Hans': {
    title: '项目包挂责任人',
    intro: '每个重点项目设总协调人、总调度人、协调责任人和调度责任人。',
    role: '角色',
    person: '姓名',
    post: '职务',
    unit: '单位',
    noRecord: '暂无公开记录',
    noRecordNote: '“暂无公开记录”表示工作人员还没有在本平台登记这一项，不表示没有。',
    problemsTitle: '梗阻问题',
    problems: (open, resolved) => `未解决 ${open} 个，已解决 ${resolved} 个。`,
    milestonesTitle: '督查节点',
    milestones: ({ met, partiallyMet, notMet, scheduled }) =>
      `共 ${met + partiallyMet + notMet + scheduled} 个：已完成 ${met} 个，部分完成 ${partiallyMet} 个，未完成 ${notMet} 个，尚无结果 ${scheduled} 个。`,
  },
  en: {
    title: 'Who answers for this project',
    intro:
      'Every key project has a chief coordinator, a chief dispatcher, a coordinator in charge and a dispatcher in charge.',
    role: 'Role',
    person: 'Name',
    post: 'Post',
    unit: 'Unit',
    noRecord: 'No public record yet',
    noRecordNote:
      '“No public record yet” means that officials have not recorded this on the portal; it does not mean there are none.',
    problemsTitle: 'Blocking problems',
    problems: (open, resolved) => `${open} open, ${resolved} resolved.`,
    milestonesTitle: 'Inspection milestones',
    milestones: ({ met, partiallyMet, notMet, scheduled }) =>
      `${met + partiallyMet + notMet + scheduled} in all: ${met} met, ${partiallyMet} partially met, ${notMet} not met, ${scheduled} without a result yet.`,
  },
};
