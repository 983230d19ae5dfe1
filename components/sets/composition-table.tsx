import { FigureLinks } from '@/components/figures/figure-links';
import type { TableFigure } from '@/components/figures/figure-table';
import { DataTable } from '@/components/ui/data-table';
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
  const rows = parts.flatMap(([part, label]) => {
    const figure = findFigure(figures, part);
    if (!figure) return [];
    const links = (
      <FigureLinks figure={{ ...figure, label: pickName(i18n.lang, figure.label, figure.labelEn) }} i18n={i18n} />
    );
    return [{ key: part, data: { 'data-figure': figure.key }, cells: [label, figure.value, links] }];
  });
  return (
    <DataTable
      caption={m.chartTitle}
      columns={[{ label: m.part }, { label: m.count, numeric: true }, { label: m.source }]}
      rows={rows}
      testId="composition-table"
      className="mt-4 max-w-2xl"
    />
  );
}
