import { FigureTable } from '@/components/figures/figure-table';
import { BarChart } from '@/components/summary/bar-chart';
import { chartFigures, type SummaryChart as Chart } from '@/lib/domain/summary-charts';
import { readTimeline } from '@/lib/domain/figure-timeline';
import { basisLabel, timelineSentence } from '@/lib/domain/timeline-sentence';
import { formatDate, formatFigureText } from '@/lib/domain/format';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { summaryMessages } from '@/lib/i18n/messages/summary';
import type { I18n } from '@/lib/i18n/server';
import type { TableFigure } from '@/components/figures/figure-table';

type Figure = TableFigure & { basis: string | null };

/**
 * One chart of the summary page: the SVG, the same figures in a table (each linked to its
 * sentence), and for a plan followed by a result the change in words. Not drawn with fewer than
 * two published figures.
 */
export function SummaryChart({ chart, figures, i18n }: { chart: Chart; figures: Figure[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, summaryMessages);
  const shown = chartFigures(chart, figures);
  if (shown.length < 2) return null;
  const title = m.charts[chart.id];
  const bars = shown.map((f) => ({
    key: f.key,
    label: m.barLabel(
      pickName(i18n.lang, f.label, f.labelEn),
      basisLabel(f.basis, i18n.lang),
      formatDate(f.asOf, i18n.lang),
    ),
    valueText: formatFigureText(f, i18n.lang),
    size: Number(f.value),
  }));
  return (
    <figure className="mt-6" data-testid={`chart-${chart.id}`}>
      <figcaption className="mb-2 text-xl font-bold">{title}</figcaption>
      <BarChart
        id={chart.id}
        title={title}
        description={m.chartDescription(
          bars.map((b) => `${b.label} ${b.valueText}`).join(i18n.lang === 'en' ? '; ' : '；'),
        )}
        bars={bars}
      />
      {chart.asChange && (
        <p className="mt-2" data-testid={`change-${chart.id}`}>
          {timelineSentence(readTimeline(shown), i18n.lang)}
        </p>
      )}
      <FigureTable caption={m.tableCaption(title)} figures={shown} i18n={i18n} />
    </figure>
  );
}
