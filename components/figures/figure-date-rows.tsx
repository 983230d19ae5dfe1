import type { SummaryRow } from '@/components/ui/summary-list';
import { formatDate } from '@/lib/domain/format';
import { pickMessages } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import type { Lang } from '@/lib/i18n/locales';

type Source = { mirrorUrl: string | null; mirrorDate: string | null } | null;

/**
 * Whether a figure's as-of date is only the date of the mirror copy it was read from (the source gives none of its
 * own).
 */
export const asOfIsCopyDate = (asOf: string, source: Source): boolean =>
  Boolean(source?.mirrorUrl && source.mirrorDate === asOf);

/**
 * The figure page's date rows. A figure read from a mirror copy also shows the copy's date,
 * labelled as the copy's (retrieved or archived), never as the report's. When the as-of date is
 * that same date (the source gives none of its own, lib/data/figures.ts leaves such figures out
 * of the footer's date), the as-of row is replaced by it, so it cannot be read as the figure's date.
 */
export function figureDateRows(asOf: string, source: Source, lang: Lang): SummaryRow[] {
  const m = pickMessages(lang, figureDetailMessages);
  const asOfRow = { key: 'asOf', label: m.fields.asOf, value: formatDate(asOf, lang) };
  if (!source?.mirrorUrl || !source.mirrorDate) return [asOfRow];
  const only = asOfIsCopyDate(asOf, source);
  const copyRow = {
    key: 'copyDate',
    label: m.copyDate,
    value: (
      <>
        <span data-testid="copy-date">{formatDate(source.mirrorDate, lang)}</span>
        <span className="block text-sm text-muted">
          {m.copyDateNote}
          {only && `${lang === 'en' ? ' ' : ''}${m.copyDateOnly}`}
        </span>
      </>
    ),
  };
  return only ? [copyRow] : [asOfRow, copyRow];
}
