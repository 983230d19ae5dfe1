import { asOfIsCopyDate } from '@/components/figures/figure-date-rows';
import type { TableFigure } from '@/components/figures/figure-table';
import { FigureValue } from '@/components/figures/figure-value';
import { formatDate } from '@/lib/domain/format';
import { hasChange, readTimeline } from '@/lib/domain/figure-timeline';
import { basisLabel, disagreementText, timelineSentence } from '@/lib/domain/timeline-sentence';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { figureTimelineMessages } from '@/lib/i18n/messages/figure-timeline';
import type { I18n } from '@/lib/i18n/server';
import { punctuation } from '@/lib/i18n/typography';
import { figureHref, sourceHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';
import { InsetText } from '@/components/ui/inset-text';
import { DataTable } from '@/components/ui/data-table';

type TimelineFigure = Pick<TableFigure, 'key' | 'label' | 'labelEn' | 'value' | 'unit' | 'comparison' | 'asOf'> & {
  basis: string | null;
  derivation: string | null;
  passage: {
    sourceId: string;
    source: { title: string; publisher: string | null; mirrorUrl: string | null; mirrorDate: string | null };
  } | null;
};

/**
 * Every value of one measure by date, side by side, with its basis. A plan followed by a later
 * count is told as change; only values that really disagree (same basis and date, or a computed
 * value matching none published) get the warning. Nothing is averaged and nothing is picked.
 */
export function FigureTimeline({
  figures,
  currentKey,
  i18n,
}: {
  figures: TimelineFigure[];
  currentKey: string;
  i18n: I18n;
}) {
  const m = pickMessages(i18n.lang, figureDetailMessages);
  const t = pickMessages(i18n.lang, figureTimelineMessages);
  const reading = readTimeline(figures);
  return (
    <section aria-labelledby="timeline-heading" className="mt-10">
      <h2 id="timeline-heading" className="mb-2 text-2xl font-bold">
        {m.timeline}
      </h2>
      <p className="mb-3">{m.timelineIntro}</p>
      <DataTable
        columns={[
          { label: m.timelineColumns.asOf },
          { label: t.basisColumn },
          { label: m.timelineColumns.value },
          { label: m.timelineColumns.from },
        ]}
        rows={figures.map((figure) => ({
          key: figure.key,
          data: { 'data-figure': figure.key },
          cells: [
            <>
              <span className="whitespace-nowrap">{formatDate(figure.asOf, i18n.lang)}</span>
              {asOfIsCopyDate(figure.asOf, figure.passage?.source ?? null) && (
                <span className="block text-sm text-muted" data-testid="timeline-copy-date">
                  {m.copyDate}
                </span>
              )}
            </>,
            <span key="basis" data-basis={figure.basis ?? ''}>
              {basisLabel(figure.basis, i18n.lang)}
            </span>,
            <FigureValue key="value" figure={figure} lang={i18n.lang} />,
            <>
              <TextLink
                href={i18n.href(figureHref(figure.key))}
                aria-current={figure.key === currentKey ? 'page' : undefined}
              >
                {pickName(i18n.lang, figure.label, figure.labelEn)}
              </TextLink>
              {figure.key === currentKey && m.thisFigure}
              <span className="block text-sm text-muted">
                {figure.passage ? (
                  <a href={i18n.href(sourceHref(figure.passage.sourceId))} className="underline">
                    {figure.passage.source.publisher ?? figure.passage.source.title}
                  </a>
                ) : (
                  `${m.computed}${punctuation(i18n.lang).colon}${figure.derivation}`
                )}
              </span>
            </>,
          ],
        }))}
        rowHeaders={false}
      />
      {figures.length > 1 && (hasChange(reading) || reading.disagreements.length === 0) && (
        <p className="mt-3" data-testid="timeline-note">
          {hasChange(reading) ? `${t.changeIntro}${timelineSentence(reading, i18n.lang)}` : m.consistent}
        </p>
      )}
      {reading.disagreements.map((group) => (
        <InsetText
          key={group.map((f) => f.key).join()}
          tone="conflict"
          className="mt-3"
          data-testid="timeline-conflict"
        >
          {t.conflict(disagreementText(group, i18n.lang))}
        </InsetText>
      ))}
    </section>
  );
}
