import { formatFigure } from '@/lib/domain/format';

type Props = { figure: { value: string; unit: string; comparison: string } };

/** A figure's value with its unit, the unit set smaller as in print. */
export function FigureValue({ figure }: Props) {
  const { number, unit } = formatFigure(figure);
  return (
    <span className="whitespace-nowrap">
      <span className="text-2xl font-bold tabular-nums">{number}</span>
      {unit && <span className="ml-0.5 text-base">{unit}</span>}
    </span>
  );
}
