import { formatDate } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';

/** Instants (revision times) shown in Beijing time, the district's own clock, whatever the server's zone. */
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function beijingParts(instant: Date): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** "2026-11-29" in Beijing time. */
export function beijingDate(instant: Date): string {
  const p = beijingParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026年11月29日 14:05" / "29 November 2026, 14:05 Beijing time". */
export function formatDateTime(instant: Date, lang: Lang = 'zh-Hans'): string {
  const p = beijingParts(instant);
  const day = formatDate(beijingDate(instant), lang);
  return lang === 'en' ? `${day}, ${p.hour}:${p.minute} Beijing time` : `${day} ${p.hour}:${p.minute}`;
}
