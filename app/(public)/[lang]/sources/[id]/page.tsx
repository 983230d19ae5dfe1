import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PassageText } from '@/components/sources/passage-text';
import { SourceMetadata } from '@/components/sources/source-metadata';
import { PublicPage } from '@/components/layout/public-page';
import { fetchFigureQuote } from '@/lib/data/figures';
import { fetchSourceById } from '@/lib/data/sources';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { figureDetailMessages } from '@/lib/i18n/messages/figure-detail';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { sourceMessages } from '@/lib/i18n/messages/sources';
import type { LangParams } from '@/lib/i18n/server';
import { figureHref, sourceHref, sourceRawHref } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseFigureKey, parseSlug, type WithParams } from '@/lib/validations/params';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { dataLang } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';
import { InsetText } from '@/components/ui/inset-text';

export const generateStaticParams = renderOnFirstVisit;

/**
 * A source's text. `?figure=<key>` marks the sentence a figure comes from: next.config.ts rewrites that
 * address onto `cited/[figure]` (the same page with the figure as a path parameter), so each
 * marked version is rendered once and cached like the plain page.
 */
type Props = WithParams<LangParams & { id: string; figure?: string }>;
const load = detailLoader({
  path: (params: { lang: string; id: string; figure?: string }) =>
    `${sourceHref(params.id)}${params.figure ? `?figure=${encodeURIComponent(params.figure)}` : ''}`,
  id: (params) => parseSlug(params.id),
  read: fetchSourceById,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { i18n, found: source } = await load(params);
  if (!source) return notFoundMetadata(i18n);
  return pageMetadata(i18n, { title: i18n.localise(source.title), type: 'article' });
}

export default async function SourcePage({ params }: Props) {
  const { i18n, found, params: resolved } = await load(params);
  const figureKey = resolved.figure === undefined ? null : parseFigureKey(resolved.figure);
  const figure = figureKey ? await fetchFigureQuote(figureKey) : null;
  if (!found) notFound();
  const source = i18n.localise(found);
  const m = pickMessages(i18n.lang, sourceMessages);
  const { paragraph } = pickMessages(i18n.lang, paragraphMessages);
  const citedPassage = figure ? source.passages.find((p) => p.id === figure.passageId) : undefined;
  // The quote is marked in the text as displayed, so it is converted like the text.
  const citedQuote = figure && citedPassage ? i18n.localise(figure.quote) : null;
  const note =
    figure && citedPassage ? m.citedNote(pickName(i18n.lang, i18n.localise(figure.label), figure.labelEn)) : null;

  return (
    <PublicPage i18n={i18n}>
      <p className="text-muted">{m.source}</p>
      <h1 className="mb-4 text-3xl font-bold" lang={dataLang(i18n.lang)}>
        {source.title}
      </h1>
      {note && citedPassage && figure && (
        <InsetText as="div" role="note" className="mb-6">
          {note.before}
          <TextLink href={`#${citedPassage.anchor}`}>{paragraph(citedPassage.position)}</TextLink>
          {note.after}{' '}
          <TextLink href={i18n.href(figureHref(figure.key))} data-testid="back-to-figure">
            {pickMessages(i18n.lang, figureDetailMessages).backToFigure(
              pickName(i18n.lang, i18n.localise(figure.label), figure.labelEn),
            )}
          </TextLink>
        </InsetText>
      )}
      <SourceMetadata source={source} lang={i18n.lang} />
      <h2 className="mt-8 mb-3 text-2xl font-bold">{m.text}</h2>
      <p className="mb-4 text-sm text-muted">{m.textHint}</p>
      <ol className="space-y-4" lang={i18n.lang === 'en' ? 'zh-Hans' : undefined}>
        {source.passages.map((passage) => (
          <li key={passage.id} id={passage.anchor} className="passage scroll-mt-4">
            <a
              href={`#${passage.anchor}`}
              className="text-sm text-muted underline"
              lang={i18n.lang === 'en' ? 'en' : undefined}
            >
              {paragraph(passage.position)}
            </a>
            <p>
              <PassageText text={passage.text} highlight={citedPassage?.id === passage.id ? citedQuote : null} />
            </p>
          </li>
        ))}
      </ol>
      <details className="mt-8 border-t border-rule pt-4">
        <summary className="cursor-pointer font-bold text-brand">{m.raw}</summary>
        <div className="mt-3 space-y-2">
          <p>{m.rawHint}</p>
          <p>
            <TextLink href={sourceRawHref(source.id)}>{m.rawDownload}</TextLink>
          </p>
        </div>
      </details>
    </PublicPage>
  );
}
