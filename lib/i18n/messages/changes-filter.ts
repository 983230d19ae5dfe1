import type { MessageBundle } from '@/lib/i18n/messages';

type ChangesFilterMessages = {
  showInitial: string;
  hidden: (count: number) => string;
  showHidden: string;
};

/** The /changes filter that hides the initial load from the sources (lib/validations/changes.ts). */
export const changesFilterMessages: MessageBundle<ChangesFilterMessages> = {
  'zh-Hans': {
    showInitial: '显示首次按来源载入的记录',
    hidden: (count) => `首次按来源载入的 ${count} 条“新建”记录未显示。`,
    showHidden: '显示这些记录',
  },
  en: {
    showInitial: 'Show the initial load from the sources',
    hidden: (count) =>
      count === 1
        ? '1 entry from the initial load from the sources is not shown.'
        : `${count} entries from the initial load from the sources are not shown.`,
    showHidden: 'Show them',
  },
};
