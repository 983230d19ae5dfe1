import { FigureLinks } from '@/components/figures/figure-links';
import { FigureValue } from '@/components/figures/figure-value';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/domain/format';
import { basisLabel } from '@/lib/domain/timeline-sentence';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { figureMessages } from '@/lib/i18n/messages/figures';
import type { I18n } from '@/lib/i18n/server';
import { punctuation } from '@/lib/i18n/typography';

export type TableFigure = {
  key: string;
  label: string;
  labelEn: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
  note: string | null;
  /** Planned, reported, completed or derived: shown beside the date, so a plan is not read as a result. */
  basis?: string | null;
  /** The source's own words when the value is the portal's reading of them (上半年). */
  wording?: string | null;
  /** Set for a derived figure: its arithmetic, shown in place of a source sentence. */
  derivation?: string | null;
  passage: { sourceId: string; anchor: string } | null;
};

/** Reported figures in a real table: what, as of when, the value with unit and the sentence it comes from. */
export function FigureTable({ caption, figures, i18n }: { caption: string; figures: TableFigure[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, figureMessages);
  const detail = pickMessages(i18n.lang, figureDetailMessages);
  const { colon, semicolon } = punctuation(i18n.lang);
  const rows = figures.map((figure) => {
    const label = pickName(i18n.lang, figure.label, figure.labelEn);
    return {
      key: figure.key,
      data: { 'data-figure': figure.key },
      cells: [
        <>
          {label}
          <span className="block text-sm font-normal text-muted">
            {m.asOf(formatDate(figure.asOf, i18n.lang))}
            {figure.basis && ` · ${basisLabel(figure.basis, i18n.lang)}`}
            {figure.note && i18n.lang !== 'en' ? `${semicolon}${figure.note}` : ''}
          </span>
        </>,
        <>
          <FigureValue figure={figure} lang={i18n.lang} />
          {figure.derivation && (
            <span className="block text-sm">
              <strong>{detail.derivedTag}</strong>
              {colon}
              {figure.derivation}
            </span>
          )}
          <span className="block">
            <FigureLinks figure={{ ...figure, label }} i18n={i18n} />
          </span>
        </>,
      ],
    };
  });
  return <DataTable caption={caption} columns={[{ label: m.indicator }, { label: m.valueAndSource }]} rows={rows} />;
}
