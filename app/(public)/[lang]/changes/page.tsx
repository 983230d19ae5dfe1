import type { Metadata } from 'next';
import { ChangeList } from '@/components/history/change-list';
import { PublicPage } from '@/components/layout/public-page';
import { Pagination } from '@/components/ui/pagination';
import { fetchChangesPage } from '@/lib/data/revisions';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { changesQuerySchema, PUBLIC_ENTITY_TYPES } from '@/lib/validations/changes';

// The query decides the content: rendered for each request (its reads are index look-ups).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<LangParams>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const changesPath = (type: string | undefined, page: number) => `/changes${page > 1 || type ? `?${new URLSearchParams({ ...(type ? { type } : {}), page: String(page) })}` : ''}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i18n = await pageI18n(params, '/changes');
  return { title: pickMessages(i18n.lang, historyMessages).title };
}

export default async function ChangesPage({ params, searchParams }: Props) {
  const query = changesQuerySchema.parse(await searchParams);
  const i18n = await pageI18n(params, changesPath(query.type, query.page));
  const m = pickMessages(i18n.lang, historyMessages);
  const result = await fetchChangesPage(query);
  const page = Math.min(query.page, result.pageCount);
  const hrefFor = (n: number) => i18n.href(changesPath(query.type, n));
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-4 max-w-3xl">{m.intro}</p>
      <p className="mb-6">
        <a href="/feed.xml" className="text-brand underline" type="application/atom+xml">
          {m.feed}
        </a>
      </p>
      <form method="get" action={i18n.href('/changes')} className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="type" className="block font-bold">
            {m.filter.type}
          </label>
          <select id="type" name="type" defaultValue={query.type ?? ''} className="border-2 border-ink p-2">
            <option value="">{m.filter.all}</option>
            {PUBLIC_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {m.types[type]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-brand px-4 py-2 font-bold text-white">
          {m.filter.submit}
        </button>
      </form>
      <p className="mb-4" role="status">
        {m.count(result.total)}
      </p>
      {result.items.length === 0 ? <p>{m.none}</p> : <ChangeList changes={result.items} i18n={i18n} />}
      <Pagination page={page} pageCount={result.pageCount} hrefFor={hrefFor} labels={{ nav: m.pagination, previous: m.previous, next: m.next, pageOf: m.pageOf }} />
    </PublicPage>
  );
}
