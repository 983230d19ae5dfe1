import { formatFigure } from '@/lib/domain/format';
import type { Lang } from '@/lib/i18n/locales';
import { pickMessages } from '@/lib/i18n/messages';
import { figureTimelineMessages } from '@/lib/i18n/messages/figure-timeline';

type Props = { figure: { value: string; unit: string; comparison: string; wording?: string | null }; lang: Lang };

/**
 * A figure's value with its unit, the unit set smaller as in print. When the value is the
 * portal's reading of the source's words (上半年 read as 30 June 2023), the source's words are
 * the value and the reading is a note in plain type, never a bold date.
 */
export function FigureValue({ figure, lang }: Props) {
  const { prefix, number, unit } = formatFigure(figure, lang);
  if (figure.wording) {
    const { before, after } = pickMessages(lang, figureTimelineMessages).wordingReading;
    return (
      <span data-wording={figure.wording}>
        <q lang="zh-Hans" className="text-2xl font-bold">
          {figure.wording}
        </q>
        <span className="text-base">
          {before}
          <span data-value={figure.value} data-unit={figure.unit}>{`${prefix}${number}${unit}`}</span>
          {after}
        </span>
      </span>
    );
  }
  return (
    // data-value: the stored value, which the reconciliation test checks against the database.
    <span className="whitespace-nowrap" data-value={figure.value} data-unit={figure.unit}>
      {prefix && <span className="mr-0.5 text-base">{prefix}</span>}
      <span className="text-2xl font-bold tabular-nums">{number}</span>
      {unit && <span className="ml-0.5 text-base">{unit}</span>}
    </span>
  );
}
