import type { Metadata } from 'next';
import { ChangeList } from '@/components/history/change-list';
import { PageContainer } from '@/components/ui/page-container';
import { Pagination } from '@/components/ui/pagination';
import { fetchChangesPage } from '@/lib/data/revisions';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import { getI18n } from '@/lib/i18n/server';
import { changesQuerySchema, PUBLIC_ENTITY_TYPES } from '@/lib/validations/changes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const i18n = await getI18n();
  return { title: pickMessages(i18n.lang, historyMessages).title };
}

export default async function ChangesPage({ searchParams }: Props) {
  const [query, i18n] = await Promise.all([searchParams.then((q) => changesQuerySchema.parse(q)), getI18n()]);
  const m = pickMessages(i18n.lang, historyMessages);
  const result = await fetchChangesPage(query);
  const page = Math.min(query.page, result.pageCount);
  const hrefFor = (n: number) => i18n.href(`/changes?${new URLSearchParams({ ...(query.type ? { type: query.type } : {}), page: String(n) })}`);
  return (
    <PageContainer>
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
    </PageContainer>
  );
}
