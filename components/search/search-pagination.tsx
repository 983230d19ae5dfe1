import { Pagination } from '@/components/ui/pagination';
import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import type { I18n } from '@/lib/i18n/server';
import { searchHref } from '@/lib/links';
import type { SearchKind } from '@/lib/search/kinds';

/** Pages of one result group: the portal's shared pagination over this group's URLs. */
export function SearchPagination({
  query,
  kind,
  page,
  pages,
  i18n,
}: {
  query: string;
  kind: SearchKind;
  page: number;
  pages: number;
  i18n: I18n;
}) {
  const m = pickMessages(i18n.lang, searchMessages);
  return (
    <Pagination
      page={page}
      pageCount={pages}
      hrefFor={(target) => i18n.href(searchHref(query, { type: kind, page: target }))}
      labels={{ nav: m.pagination, previous: m.previous, next: m.next, pageOf: m.pageOf }}
    />
  );
}
