import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BasisText } from '@/components/figures/basis-text';
import { CitationBlock } from '@/components/figures/citation-block';
import { Derivation } from '@/components/figures/derivation';
import { figureDateRows } from '@/components/figures/figure-date-rows';
import { FigureTimeline } from '@/components/figures/figure-timeline';
import { FigureValue } from '@/components/figures/figure-value';
import { HistorySection } from '@/components/history/history-section';
import { SourceMetadata } from '@/components/sources/source-metadata';
import { PublicPage } from '@/components/layout/public-page';
import { SummaryList } from '@/components/ui/summary-list';
import { fetchFigureDetail } from '@/lib/data/figures';
import { figureAddress, plainCitation } from '@/lib/domain/citation';
import { gbtReference } from '@/lib/domain/gbt-reference';
import { beijingDate } from '@/lib/domain/date-time';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { figureTimelineMessages } from '@/lib/i18n/messages/figure-timeline';
import type { LangParams } from '@/lib/i18n/server';
import { figureHref, figureSourceHref, setHref, sourceHref } from '@/lib/links';
import { configuredSiteUrl } from '@/lib/site-url.mts';
import { parseFigureKey, type WithParams } from '@/lib/validations/params';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { dataLang, punctuation } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';

export const generateStaticParams = renderOnFirstVisit;

type Props = WithParams<LangParams & { key: string }>;
const load = detailLoader({
  path: (params: { lang: string; key: string }) => figureHref(params.key),
  id: (params) => parseFigureKey(params.key),
  read: fetchFigureDetail,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { i18n, found: figure } = await load(params);
  if (!figure) return notFoundMetadata(i18n);
  return { title: pickName(i18n.lang, i18n.localise(figure.label), figure.labelEn) };
}

export default async function FigurePage({ params }: Props) {
  const { i18n, found } = await load(params);
  if (!found) notFound();
  const figure = i18n.localise(found);
  const m = pickMessages(i18n.lang, figureDetailMessages);
  const t = pickMessages(i18n.lang, figureTimelineMessages);
  const label = pickName(i18n.lang, figure.label, figure.labelEn);
  const source = figure.passage?.source ?? null;
  const derived = figure.derivation !== null;
  // Citations carry the public address; without SITE_URL only the page's path, never localhost.
  const address = figureAddress(figureHref(found.key), configuredSiteUrl());
  const citationInput = { figure: { ...figure, label }, source, address };
  const reference = gbtReference({ ...citationInput, accessed: beijingDate(new Date()) });

  return (
    <PublicPage i18n={i18n}>
      <p className="text-muted">
        {m.figure}
        {' · '}
        <strong className={derived ? 'text-error' : undefined}>{derived ? m.derivedTag : m.sourcedTag}</strong>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{label}</h1>
      <p className="mb-6" data-figure={found.key}>
        <FigureValue figure={figure} lang={i18n.lang} />
      </p>
      <SummaryList
        rows={[
          { key: 'measure', label: m.fields.measure, value: <code className="break-all">{found.measure}</code> },
          ...figureDateRows(figure.asOf, source, i18n.lang),
          { key: 'kind', label: m.fields.kind, value: derived ? m.derivedKind : m.sourcedKind },
          {
            key: 'basis',
            label: t.basisColumn,
            value: <BasisText basis={figure.basis} words={figure.basisWords} lang={i18n.lang} />,
          },
          ...(figure.note && i18n.lang !== 'en' ? [{ key: 'note', label: m.fields.note, value: figure.note }] : []),
          ...(figure.set
            ? [
                {
                  key: 'set',
                  label: m.fields.set,
                  value: (
                    <TextLink href={i18n.href(setHref(figure.set.id))}>
                      {pickName(i18n.lang, figure.set.name, figure.set.nameEn)}
                    </TextLink>
                  ),
                },
              ]
            : []),
          ...(figure.passage && figure.quote
            ? [
                {
                  key: 'quote',
                  label: m.fields.quote,
                  value: (
                    <>
                      <q lang="zh-Hans" data-testid="figure-quote">
                        {figure.quote}
                      </q>{' '}
                      <TextLink href={i18n.href(figureSourceHref({ key: found.key, passage: figure.passage }))}>
                        {m.sentenceLink}
                      </TextLink>
                    </>
                  ),
                },
              ]
            : []),
          ...(derived
            ? [
                {
                  key: 'arithmetic',
                  label: m.fields.arithmetic,
                  value: <Derivation operation={figure.operation} inputs={figure.inputs} i18n={i18n} />,
                },
              ]
            : []),
        ]}
      />
      {figure.usedIn.length > 0 && (
        <section aria-labelledby="used-in-heading" className="mt-8">
          <h2 id="used-in-heading" className="mb-2 text-xl font-bold">
            {m.usedIn}
          </h2>
          <ul className="list-disc pl-6">
            {figure.usedIn.map((use) => (
              <li key={use.key}>
                <TextLink href={i18n.href(figureHref(use.key))}>{pickName(i18n.lang, use.label, use.labelEn)}</TextLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FigureTimeline figures={figure.timeline} currentKey={found.key} i18n={i18n} />
      {source && (
        <section aria-labelledby="source-heading" className="mt-10">
          <h2 id="source-heading" className="mb-2 text-2xl font-bold">
            {m.sourceDetails}
          </h2>
          <p className="mb-3">
            <TextLink href={i18n.href(sourceHref(source.id))}>
              {m.openSource}
              {punctuation(i18n.lang).colon}
              <span lang={dataLang(i18n.lang)}>{source.title}</span>
            </TextLink>
          </p>
          <SourceMetadata source={source} lang={i18n.lang} />
        </section>
      )}
      <CitationBlock
        gbt={i18n.localise(reference.text)}
        gbtNotes={reference.notes}
        plain={i18n.localise(plainCitation(citationInput, i18n.lang))}
        pathOnly={!('url' in address)}
        lang={i18n.lang}
      />
      <HistorySection entityType="figure" entityId={found.key} i18n={i18n} />
    </PublicPage>
  );
}
