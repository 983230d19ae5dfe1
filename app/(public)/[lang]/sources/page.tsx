import type { Metadata } from 'next';
import { PublicPage } from '@/components/layout/public-page';
import { fetchSourceSummaries } from '@/lib/data/sources';
import { formatDate } from '@/lib/domain/format';
import { pickMessages } from '@/lib/i18n/messages';
import { sourceMessages } from '@/lib/i18n/messages/sources';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { sourceHref } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { dataLang } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/sources');
  const m = pickMessages(i18n.lang, sourceMessages);
  return pageMetadata(i18n, { title: m.sources, description: m.sourcesIntro });
}

export default async function SourcesPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/sources');
  const m = pickMessages(i18n.lang, sourceMessages);
  const sources = i18n.localise(await fetchSourceSummaries());
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-4 text-3xl font-bold">{m.sources}</h1>
      <p className="mb-6">{m.sourcesIntro}</p>
      <ul className="space-y-4">
        {sources.map((source) => (
          <li key={source.id} className="border-b border-rule pb-4">
            <TextLink href={i18n.href(sourceHref(source.id))} className="text-lg" lang={dataLang(i18n.lang)}>
              {source.title}
            </TextLink>
            <p className="text-sm text-muted">
              {m.reliabilities[source.reliability] ?? source.reliability}
              {source.publishedOn
                ? m.publishedOn(formatDate(source.publishedOn, i18n.lang))
                : source.mirrorDate
                  ? m.mirrorOnly(formatDate(source.mirrorDate, i18n.lang))
                  : ''}
            </p>
          </li>
        ))}
      </ul>
    </PublicPage>
  );
}
