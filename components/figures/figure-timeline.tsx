import { asOfIsCopyDate } from '@/components/figures/figure-date-rows';
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

type TimelineFigure = {
  key: string;
  label: string;
  labelEn: string;
  value: string;
  unit: string;
  comparison: string;
  asOf: string;
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
      <table className="responsive-table w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              {m.timelineColumns.asOf}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t.basisColumn}
            </th>
            <th scope="col" className="py-2 pr-3">
              {m.timelineColumns.value}
            </th>
            <th scope="col" className="py-2">
              {m.timelineColumns.from}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key} className="border-b border-rule align-top" data-figure={figure.key}>
              <td className="py-2 pr-3">
                <span className="whitespace-nowrap">{formatDate(figure.asOf, i18n.lang)}</span>
                {asOfIsCopyDate(figure.asOf, figure.passage?.source ?? null) && (
                  <span className="block text-sm text-muted" data-testid="timeline-copy-date">
                    {m.copyDate}
                  </span>
                )}
              </td>
              <td className="py-2 pr-3" data-label={t.basisColumn} data-basis={figure.basis ?? ''}>
                {basisLabel(figure.basis, i18n.lang)}
              </td>
              <td className="py-2 pr-3" data-label={m.timelineColumns.value}>
                <FigureValue figure={figure} lang={i18n.lang} />
              </td>
              <td className="py-2" data-label={m.timelineColumns.from}>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
