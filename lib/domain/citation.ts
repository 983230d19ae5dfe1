import { formatDate, formatFigureText } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';

/**
 * Ready-made citation text for a figure: a reference in the style of GB/T 7714-2015 (electronic
 * resource, [EB/OL]; a derived figure cites the portal's own database, [DB/OL]) and one plain
 * sentence. Pure, so that tests pin the exact text; `accessed` is the reader's citation date.
 */

export const PORTAL_NAME = '长清区重点项目公开平台';

export type CitedSource = {
  title: string;
  originalTitle: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  mirrorUrl: string | null;
  mirrorDate: string | null;
};

export type CitedFigure = {
  label: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
  quote: string | null;
  derivation: string | null;
};

type Input = { figure: CitedFigure; source: CitedSource | null; figureUrl: string; accessed: string };

/** GB/T 7714-2015: 主要责任者. 题名[EB/OL]. 出版者, (发表日期)[引用日期]. 获取和访问路径. */
export function gbtCitation({ figure, source, figureUrl, accessed }: Input): string {
  if (!source) {
    return `${PORTAL_NAME}. ${figure.label}[DB/OL]. (${figure.asOf})[${accessed}]. ${figureUrl}.`;
  }
  const responsible = source.author ?? source.publisher ?? PORTAL_NAME;
  const publisher = source.publisher && source.publisher !== responsible ? ` ${source.publisher},` : '';
  const date = source.publishedOn ?? source.mirrorDate;
  const address = source.url ?? source.mirrorUrl ?? figureUrl;
  const title = source.originalTitle ?? source.title;
  return `${responsible}. ${title}[EB/OL].${publisher} ${date ? `(${date})` : ''}[${accessed}]. ${address}.`;
}

/** One sentence a reader can paste: who said it, when, the value and where to check it. */
export function plainCitation({ figure, source, figureUrl }: Omit<Input, 'accessed'>, lang: Lang = 'zh-Hans'): string {
  const value = formatFigureText(figure, lang);
  if (lang === 'en') {
    const by = source ? `According to ${source.publisher ?? 'the source'}${source.publishedOn ? ` (${formatDate(source.publishedOn, 'en')})` : ''}, ` : '';
    const derived = figure.derivation ? ` (computed by the portal: ${figure.derivation}; not a published figure)` : '';
    return `${by}the value is ${value} as of ${formatDate(figure.asOf, 'en')}${derived}. Source and sentence: ${figureUrl}`;
  }
  if (!source) {
    return `${figure.label}为${value}（截至${formatDate(figure.asOf)}），系${PORTAL_NAME}根据已公开数据计算（${figure.derivation}），不是来源公布的数字。详见：${figureUrl}`;
  }
  // A mirror's date is when the copy was made, not when the report was published.
  const when = source.publishedOn ? `${formatDate(source.publishedOn)}报道` : source.mirrorDate ? `（镜像副本日期${formatDate(source.mirrorDate)}）` : '';
  const by = `据${source.publisher ?? '来源报道'}${when}`;
  return `${by}，${figure.label}为${value}（截至${formatDate(figure.asOf)}）。原句：“${figure.quote}”。出处：${figureUrl}`;
}
