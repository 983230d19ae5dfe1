import { FigureDetailLink } from '@/components/figures/figure-detail-link';
import { FigureSourceLink } from '@/components/figures/figure-source-link';
import type { I18n } from '@/lib/i18n/server';

type Props = {
  figure: { key: string; label: string; passage: { sourceId: string; anchor: string } | null };
  i18n: Pick<I18n, 'lang' | 'href'>;
};

/** The two links every figure shown carries: its source sentence and its own page. */
export function FigureLinks({ figure, i18n }: Props) {
  return (
    <span className="inline-flex flex-wrap gap-x-3">
      <FigureSourceLink figure={figure} i18n={i18n} />
      <FigureDetailLink figure={figure} i18n={i18n} />
    </span>
  );
}
