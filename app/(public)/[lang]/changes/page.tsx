import type { Metadata } from 'next';
import { ChangeList } from '@/components/history/change-list';
import { PublicPage } from '@/components/layout/public-page';
import { Pagination } from '@/components/ui/pagination';
import { fetchChangesPage } from '@/lib/data/revisions';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { changesFilterMessages } from '@/lib/i18n/messages/changes-filter';
import { changesQuerySchema, PUBLIC_ENTITY_TYPES } from '@/lib/validations/changes';
import type { WithParams, WithSearchParams } from '@/lib/validations/params';
import { CHANGES_HREF, changesHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

// The query decides the content: rendered for each request (its reads are index look-ups).
export const dynamic = 'force-dynamic';

type Props = WithParams<LangParams> & WithSearchParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i18n = await pageI18n(params, CHANGES_HREF);
  return { title: pickMessages(i18n.lang, historyMessages).title };
}

export default async function ChangesPage({ params, searchParams }: Props) {
  const query = changesQuerySchema.parse(await searchParams);
  const i18n = await pageI18n(params, changesHref(query));
  const m = pickMessages(i18n.lang, historyMessages);
  const result = await fetchChangesPage(query);
  const page = Math.min(query.page, result.pageCount);
  const hrefFor = (n: number) => i18n.href(changesHref({ ...query, page: n }));
  const f = pickMessages(i18n.lang, changesFilterMessages);
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.title}</h1>
      <p className="mb-4 max-w-3xl">{m.intro}</p>
      <p className="mb-6">
        <TextLink href="/feed.xml" type="application/atom+xml">
          {m.feed}
        </TextLink>
      </p>
      <form method="get" action={i18n.href(CHANGES_HREF)} className="mb-6 flex flex-wrap items-end gap-3">
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
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="initial"
            value="show"
            defaultChecked={query.initial === 'show'}
            className="size-6"
          />
          {f.showInitial}
        </label>
        <button type="submit" className="min-h-11 bg-brand px-4 py-2 font-bold text-white">
          {m.filter.submit}
        </button>
      </form>
      <p className="mb-4" role="status">
        {m.count(result.total)}
        {result.hidden > 0 && (
          <>
            {' '}
            {f.hidden(result.hidden)}{' '}
            <TextLink href={i18n.href(changesHref({ type: query.type, initial: 'show', page: 1 }))}>
              {f.showHidden}
            </TextLink>
          </>
        )}
      </p>
      {result.items.length === 0 ? <p>{m.none}</p> : <ChangeList changes={result.items} i18n={i18n} />}
      <Pagination
        page={page}
        pageCount={result.pageCount}
        hrefFor={hrefFor}
        labels={{ nav: m.pagination, previous: m.previous, next: m.next, pageOf: m.pageOf }}
      />
    </PublicPage>
  );
}
