import type { Metadata } from 'next';
import { NoResults } from '@/components/search/no-results';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { SearchTips } from '@/components/search/search-tips';
import { PageContainer } from '@/components/ui/page-container';
import { searchEverything } from '@/lib/data/search';
import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import { getI18n } from '@/lib/i18n/server';
import { MAX_QUERY_CHARS, parseSearchQuery } from '@/lib/search/parse-query';
import { searchParamsSchema } from '@/lib/validations/search';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [i18n, params] = await Promise.all([getI18n(), searchParams]);
  const m = pickMessages(i18n.lang, searchMessages);
  const { display } = parseSearchQuery(searchParamsSchema.parse(params).q);
  // Search result pages are not for search engines; the empty search page is.
  return { title: display ? m.titleFor(display) : m.title, robots: display ? { index: false } : undefined };
}

export default async function SearchPage({ searchParams }: Props) {
  const [i18n, params] = await Promise.all([getI18n(), searchParams]);
  const m = pickMessages(i18n.lang, searchMessages);
  const parsed = searchParamsSchema.parse(params);
  const outcome = await searchEverything(parsed);
  const { query, groups } = outcome;
  const found = groups.some((group) => group.total > 0 && (!parsed.type || group.kind === parsed.type));

  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold [overflow-wrap:anywhere]">{query.display ? m.titleFor(query.display) : m.title}</h1>
      <SearchForm action={i18n.href('/search')} query={query.display} label={m.label} hint={m.hint} button={m.button} />
      {query.shortened && (
        <p role="note" className="mb-4 border-l-8 border-brand bg-[#f3f2f1] p-4">
          {m.shortened(MAX_QUERY_CHARS)}
        </p>
      )}
      {!query.display ? (
        <SearchTips i18n={i18n} />
      ) : found ? (
        <SearchResults outcome={outcome} type={parsed.type} page={parsed.page} i18n={i18n} />
      ) : (
        <NoResults query={query.display} i18n={i18n} />
      )}
    </PageContainer>
  );
}
