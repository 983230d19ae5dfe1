import { formatFigure } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';

type Props = { figure: { value: string; unit: string; comparison: string }; lang: Lang };

/** A figure's value with its unit, the unit set smaller as in print. */
export function FigureValue({ figure, lang }: Props) {
  const { prefix, number, unit } = formatFigure(figure, lang);
  return (
    // data-value: the stored value, which the reconciliation test checks against the database.
    <span className="whitespace-nowrap" data-value={figure.value} data-unit={figure.unit}>
      {prefix && <span className="mr-0.5 text-base">{prefix}</span>}
      <span className="text-2xl font-bold tabular-nums">{number}</span>
      {unit && <span className="ml-0.5 text-base">{unit}</span>}
    </span>
  );
}
