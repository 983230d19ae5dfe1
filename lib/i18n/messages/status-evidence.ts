import type { MessageBundle } from '@/lib/i18n/messages';

type StatusEvidenceMessages = {
  /** "依据：…" beside the status, with the reason and the (Beijing) date of the update. */
  evidence: string;
  reason: string;
  updatedOn: (date: string) => string;
};

export const statusEvidenceMessages: MessageBundle<StatusEvidenceMessages> = {
  'zh-Hans': {
    evidence: '依据：',
    reason: '原因：',
    updatedOn: (date) => `（${date}更新）`,
  },
  en: {
    evidence: 'Evidence: ',
    reason: 'Reason: ',
    updatedOn: (date) => ` (updated ${date})`,
  },
};
