import type { MessageBundle } from '@/lib/i18n/messages';

type ProjectFilterMessages = {
  /** The disclosure that holds the filters, below the results' count. */
  disclosure: string;
  chosen: (count: number) => string;
};

export const projectFilterMessages: MessageBundle<ProjectFilterMessages> = {
  'zh-Hans': {
    disclosure: '筛选和排序',
    chosen: (count) => `（已选 ${count} 项）`,
  },
  en: {
    disclosure: 'Filter and sort',
    chosen: (count) => ` (${count} chosen)`,
  },
};
