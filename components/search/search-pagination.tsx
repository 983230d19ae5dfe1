import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import type { I18n } from '@/lib/i18n/server';
import { searchHref } from '@/lib/links';
import type { SearchKind } from '@/lib/search/kinds';

/** Previous / next links of one result group (GOV.UK pagination, plain links). */
export function SearchPagination({ query, kind, page, pages, i18n }: { query: string; kind: SearchKind; page: number; pages: number; i18n: I18n }) {
  if (pages <= 1) return null;
  const m = pickMessages(i18n.lang, searchMessages);
  const link = (target: number) => i18n.href(searchHref(query, { type: kind, page: target }));
  return (
    <nav aria-label={m.pagination} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <a href={link(page - 1)} rel="prev" className="text-brand underline">
          {m.previous}
        </a>
      )}
      <span>{m.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={link(page + 1)} rel="next" className="text-brand underline">
          {m.next}
        </a>
      )}
    </nav>
  );
}
