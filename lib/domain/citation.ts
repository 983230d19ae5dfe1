import { formatDate, formatFigureText } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';
import { layoutMessages } from '@/lib/i18n/messages/layout';

/**
 * Ready-made citation text for a figure: one plain sentence here, and a GB/T 7714-2015 reference
 * in gbt-reference.ts. Pure, so that tests pin the exact text.
 */

export const PORTAL_NAME = layoutMessages['zh-Hans'].portalName;

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

/**
 * Where a reader finds the figure's page: its full address on the public site (SITE_URL), or,
 * when that is not configured, only its path on the portal. Never the serving machine's own
 * address (http://localhost:3000/…), which nobody else can open.
 */
export type FigureAddress = { url: string } | { path: string };

export function figureAddress(path: string, site: URL | null): FigureAddress {
  return site ? { url: new URL(path, site).toString() } : { path };
}

/**
 * The address as a citation writes it: in a sentence (with `lang`) a bare path names its portal; a reference names the
 * portal already.
 */
export function addressText(address: FigureAddress, lang?: Lang): string {
  if ('url' in address) return address.url;
  if (lang === 'en') return `${address.path} on the ${layoutMessages.en.portalName} portal (${PORTAL_NAME})`;
  return lang ? `${PORTAL_NAME}站内路径 ${address.path}` : address.path;
}

type Input = { figure: CitedFigure; source: CitedSource | null; address: FigureAddress };

/** One sentence a reader can paste: who said it, when, the value and where to check it. */
export function plainCitation({ figure, source, address }: Input, lang: Lang = 'zh-Hans'): string {
  const value = formatFigureText(figure, lang);
  const where = addressText(address, lang);
  if (lang === 'en') {
    const by = source
      ? `According to ${source.publisher ?? 'the source'}${source.publishedOn ? ` (${formatDate(source.publishedOn, 'en')})` : ''}, `
      : '';
    const derived = figure.derivation ? ` (computed by the portal: ${figure.derivation}; not a published figure)` : '';
    return `${by}the value is ${value} as of ${formatDate(figure.asOf, 'en')}${derived}. Source and sentence: ${where}`;
  }
  if (!source) {
    return `${figure.label}为${value}（截至${formatDate(figure.asOf)}），系${PORTAL_NAME}根据已公开数据计算（${figure.derivation}），不是来源公布的数字。详见：${where}`;
  }
  // A mirror's date is when the copy was made, not when the report was published.
  const when = source.publishedOn
    ? `${formatDate(source.publishedOn)}报道`
    : source.mirrorDate
      ? `（镜像副本日期${formatDate(source.mirrorDate)}）`
      : '';
  const by = `据${source.publisher ?? '来源报道'}${when}`;
  return `${by}，${figure.label}为${value}（截至${formatDate(figure.asOf)}）。原句：“${figure.quote}”。出处：${where}`;
}
