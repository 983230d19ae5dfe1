import type { Metadata } from 'next';
import { NoResults } from '@/components/search/no-results';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { SearchTips } from '@/components/search/search-tips';
import { PublicPage } from '@/components/layout/public-page';
import { DownloadLinks } from '@/components/ui/download-links';
import { searchEverything } from '@/lib/data/search';
import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { MAX_QUERY_CHARS, parseSearchQuery } from '@/lib/search/parse-query';
import { searchDownloadHref, searchHref } from '@/lib/links';
import { SEARCH_DOWNLOAD_CAP } from '@/lib/search/search-download';
import { searchParamsSchema } from '@/lib/validations/search';
import type { WithParams, WithSearchParams } from '@/lib/validations/params';
import { InsetText } from '@/components/ui/inset-text';

// The query decides the content: rendered for each request (its reads are index look-ups).
export const dynamic = 'force-dynamic';

type Props = WithParams<LangParams> & WithSearchParams;

async function load({ params, searchParams }: Props) {
  const parsed = searchParamsSchema.parse(await searchParams);
  const path = parsed.q ? searchHref(parsed.q, { type: parsed.type, page: parsed.page }) : '/search';
  return { parsed, i18n: await pageI18n(params, path) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, parsed } = await load(props);
  const m = pickMessages(i18n.lang, searchMessages);
  const { display } = parseSearchQuery(parsed.q);
  // Result pages stay indexable: a link to "all sources on 红木" is a useful page in its own right.
  return { title: display ? m.titleFor(display) : m.title };
}

export default async function SearchPage(props: Props) {
  const { i18n, parsed } = await load(props);
  const m = pickMessages(i18n.lang, searchMessages);
  const outcome = await searchEverything(parsed);
  const { query, groups } = outcome;
  const found = groups.some((group) => group.total > 0 && (!parsed.type || group.kind === parsed.type));

  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-4 text-3xl font-bold [overflow-wrap:anywhere]">
        {query.display ? m.titleFor(query.display) : m.title}
      </h1>
      <SearchForm action={i18n.href('/search')} query={query.display} label={m.label} hint={m.hint} button={m.button} />
      {query.shortened && (
        <InsetText role="note" className="mb-4">
          {m.shortened(MAX_QUERY_CHARS)}
        </InsetText>
      )}
      {!query.display ? (
        <SearchTips i18n={i18n} />
      ) : found ? (
        <>
          <DownloadLinks
            label={m.download(SEARCH_DOWNLOAD_CAP)}
            hrefFor={(format) => searchDownloadHref(query.display, format)}
            testId="downloads"
          />
          <SearchResults outcome={outcome} type={parsed.type} page={parsed.page} i18n={i18n} />
        </>
      ) : (
        <NoResults query={query.display} i18n={i18n} />
      )}
    </PublicPage>
  );
}
