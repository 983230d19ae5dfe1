import type { MessageBundle } from '@/lib/i18n/messages';

/** Public-side text of the officials' workspace (the workspace itself is in Simplified Chinese only). */
export const adminMessages: MessageBundle<{ staffSignIn: string }> = {
  'zh-Hans': { staffSignIn: '工作人员登录' },
  en: { staffSignIn: 'Staff sign-in (Chinese)' },
};
