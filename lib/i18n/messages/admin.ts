import type { MessageBundle } from '@/lib/i18n/messages';

/**
 * Public-side text of the officials' workspace (the workspace itself is in Simplified Chinese only).
 * Public pages are cached and never read the session, so the footer cannot know whether the
 * reader is signed in: it names the workspace, which is right in both states (/admin shows the
 * workspace to a signed-in official and asks anyone else to sign in).
 */
export const adminMessages: MessageBundle<{ workspace: string }> = {
  'zh-Hans': { workspace: '工作人员工作台' },
  en: { workspace: 'Officials’ workspace (in Chinese)' },
};
