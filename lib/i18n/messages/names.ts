import type { MessageBundle } from '@/lib/i18n/messages';

type NameMessages = {
  /** Beside an English rendering: whose words it is (the sources give only the Chinese name). */
  translationMark: string;
  /** The workspace's label and hint for the rendering officials may edit. */
  formLabel: string;
  formHint: string;
};

export const nameMessages: MessageBundle<NameMessages> = {
  'zh-Hans': {
    translationMark: '（本站译名）',
    formLabel: '英文名称（本站译名，可选）',
    formHint: '本站对中文名称的英文翻译，英文页面上标明为“本站译名”，中文名称照常显示；不要加入来源没有的内容',
  },
  en: {
    translationMark: "(portal's translation)",
    formLabel: 'English name (portal translation, optional)',
    formHint: 'The portal’s English rendering of the Chinese name',
  },
};
