import { FigureSourceLink } from '@/components/figures/figure-source-link';
import { FigureValue } from '@/components/figures/figure-value';
import { formatDateZh } from '@/lib/domain/format';

type TableFigure = {
  key: string;
  label: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
  note: string | null;
  passage: { sourceId: string; anchor: string } | null;
};

/** Reported figures in a real table: what, value with unit, as of when, and the sentence it comes from. */
export function FigureTable({ caption, figures }: { caption: string; figures: TableFigure[] }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-3">指标</th>
          <th scope="col" className="py-2">数值与出处</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.key} className="border-b border-rule align-top" data-figure={figure.key}>
            <th scope="row" className="w-1/2 py-3 pr-3 font-normal">
              {figure.label}
              <span className="block text-sm text-muted">截至{formatDateZh(figure.asOf)}{figure.note ? `；${figure.note}` : ''}</span>
            </th>
            <td className="py-3">
              <FigureValue figure={figure} />
              <span className="block">
                <FigureSourceLink figure={figure} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
