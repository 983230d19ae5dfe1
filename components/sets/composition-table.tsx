import { FigureLinks } from '@/components/figures/figure-links';
import type { TableFigure } from '@/components/figures/figure-table';
import { findFigure, type CompositionPart } from '@/lib/domain/set-composition';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { setMessages } from '@/lib/i18n/messages/sets';
import type { I18n } from '@/lib/i18n/server';

/** The chart's numbers as a real table, each with its source sentence. */
export function CompositionTable({ figures, i18n }: { figures: TableFigure[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, setMessages);
  const parts: [CompositionPart, string][] = [
    ['continuingCount', m.continuing],
    ['newCount', m.new],
    ['projectCount', m.total],
    ['completionTarget', m.completion],
  ];
  return (
    <table className="mt-4 w-full max-w-2xl border-collapse text-left" data-testid="composition-table">
      <caption className="sr-only">{m.chartTitle}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-3">{m.part}</th>
          <th scope="col" className="py-2 pr-3 text-right">{m.count}</th>
          <th scope="col" className="py-2">{m.source}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map(([part, label]) => {
          const figure = findFigure(figures, part);
          if (!figure) return null;
          return (
            <tr key={part} className="border-b border-rule" data-figure={figure.key}>
              <th scope="row" className="py-2 pr-3 font-normal">{label}</th>
              <td className="py-2 pr-3 text-right tabular-nums">{figure.value}</td>
              <td className="py-2">
                <FigureLinks figure={{ ...figure, label: pickName(i18n.lang, figure.label, figure.labelEn) }} i18n={i18n} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
