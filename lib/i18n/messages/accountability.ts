import type { MessageBundle } from '@/lib/i18n/messages';

type AccountabilityMessages = {
  title: string;
  intro: string;
  role: string;
  person: string;
  post: string;
  unit: string;
  noPeople: string;
  problemsTitle: string;
  problems: (open: number, resolved: number) => string;
};

export const accountabilityMessages: MessageBundle<AccountabilityMessages> = {
  'zh-Hans': {
    title: '项目包挂责任人',
    intro: '每个重点项目设总协调人、总调度人、协调责任人和调度责任人。',
    role: '角色',
    person: '姓名',
    post: '职务',
    unit: '单位',
    noPeople: '尚未公布包挂责任人。',
    problemsTitle: '梗阻问题',
    problems: (open, resolved) => `未解决 ${open} 个，已解决 ${resolved} 个。`,
  },
  en: {
    title: 'Who answers for this project',
    intro: 'Every key project has a chief coordinator, a chief dispatcher, a coordinator in charge and a dispatcher in charge.',
    role: 'Role',
    person: 'Name',
    post: 'Post',
    unit: 'Unit',
    noPeople: 'Not published yet.',
    problemsTitle: 'Blocking problems',
    problems: (open, resolved) => `${open} open, ${resolved} resolved.`,
  },
};
