import { formatDate } from '@/lib/domain/format';
import type { MessageBundle } from '@/lib/i18n/messages';

type CitationMessages = {
  notesLabel: string;
  anonymous: string;
  suppliedTitle: string;
  mirror: (date: string | null, originalKnown: boolean) => string;
  pathOnly: string;
};

export const citationMessages: MessageBundle<CitationMessages> = {
  'zh-Hans': {
    notesLabel: '注：',
    anonymous: '“佚名”：来源记录中没有作者。',
    suppliedTitle: '方括号中的题名由本平台拟定，不是原报道的标题（本平台没有原标题的记录）。',
    mirror: (date, originalKnown) =>
      `${originalKnown ? '' : '原报道的网址不详。'}“镜像”是转载副本的网址${date ? `，副本日期为${formatDate(date)}，不是原报道的发表日期` : ''}。`,
    pathOnly:
      '本站尚未设置公开网址，引用中只写页面在本站的路径：引用时请在路径前加上本站网址（浏览器地址栏中路径之前的部分）。',
  },
  en: {
    notesLabel: 'Notes:',
    anonymous: '“佚名” (anonymous): the source record names no author.',
    suppliedTitle:
      'The title in square brackets was given by this portal; it is not the report’s own headline, which the portal has no record of.',
    mirror: (date, originalKnown) =>
      `${originalKnown ? '' : 'The original report’s address is not known. '}“镜像” (mirror) is the address of a copy${date ? ` dated ${formatDate(date, 'en')}, which is not the report’s publication date` : ''}.`,
    pathOnly:
      'This site’s public address has not been configured, so the citations give only the page’s path on the portal: put the site’s address (what your browser’s address bar shows before the path) in front of it.',
  },
};
