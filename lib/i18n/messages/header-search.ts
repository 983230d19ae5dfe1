import type { MessageBundle } from '@/lib/i18n/messages';

/**
 * The search box's placeholder: short enough to show whole in the box on a 390 px phone (the full
 * description stays the box's label).
 */
export const headerSearchMessages: MessageBundle<{ placeholder: string }> = {
  'zh-Hans': { placeholder: '项目、企业、数据、原文' },
  en: { placeholder: 'Projects, figures, sources' },
};
