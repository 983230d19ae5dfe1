import type { MessageBundle } from '@/lib/i18n/messages';

/** The footer's two dates: what the figures describe, and when the portal's data last changed. */
type FooterDateMessages = { asOf: string; asOfNote: string; noData: string };

export const footerDateMessages: MessageBundle<FooterDateMessages> = {
  'zh-Hans': {
    asOf: '数字截至：',
    asOfNote: '（所公布数字描述的最晚日期，镜像副本的转载日期不计）',
    noData: '尚无数据',
  },
  en: {
    asOf: 'Figures as of: ',
    asOfNote: ' (the latest date a published figure describes; the dates of mirror copies are not counted)',
    noData: 'no data yet',
  },
};
