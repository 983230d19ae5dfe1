import { SearchHitList } from '@/components/search/search-hit-list';
import { SearchPagination } from '@/components/search/search-pagination';
import type { SearchOutcome } from '@/lib/data/search';
import { pickMessages } from '@/lib/i18n/messages';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import { searchMessages } from '@/lib/i18n/messages/search';
import type { I18n } from '@/lib/i18n/server';
import { searchHref } from '@/lib/links';
import { presentHit } from '@/lib/search/present-hit';
import type { SearchGroup } from '@/lib/search/run-search';
import { RESULTS_PER_PAGE } from '@/lib/validations/search';
import { TextLink } from '@/components/ui/text-link';

type Props = { outcome: SearchOutcome; type: SearchGroup['kind'] | undefined; page: number; i18n: I18n };

/** Found results: every non-empty group with a "see all" link, or one group page by page. */
export function SearchResults({ outcome, type, page, i18n }: Props) {
  const m = pickMessages(i18n.lang, searchMessages);
  const { query, groups, sourceTitles } = outcome;
  const count = (group: SearchGroup) => (group.atLeast ? m.atLeast(group.total) : String(group.total));
  const context = {
    lang: i18n.lang,
    terms: query.terms,
    sourceTitles,
    paragraph: pickMessages(i18n.lang, paragraphMessages).paragraph,
  };
  const shown = groups.filter((group) => group.total > 0 && (!type || group.kind === type));
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const atLeast = groups.some((group) => group.atLeast);

  return (
    <>
      <p className="mb-6 text-lg" role="status">
        {m.summary(atLeast ? m.atLeast(total) : String(total))}
      </p>
      {type && (
        <p className="mb-4">
          <TextLink href={i18n.href(searchHref(query.display))}>{m.allResults}</TextLink>
        </p>
      )}
      <div className="space-y-10">
        {shown.map((group) => {
          const hits = i18n.localise(group.hits.map((hit) => presentHit(hit, context)));
          const pages = Math.ceil(group.total / RESULTS_PER_PAGE);
          return (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
              <h2 id={`group-${group.kind}`} className="mb-3 text-2xl font-bold">
                {m.groups[group.kind]}{' '}
                <span className="text-base font-normal text-muted">{m.groupCount(count(group))}</span>
              </h2>
              {hits.length > 0 ? <SearchHitList hits={hits} i18n={i18n} /> : <p>{m.pastLastPage}</p>}
              {!type && group.total > hits.length && (
                <p className="mt-3">
                  <TextLink href={i18n.href(searchHref(query.display, { type: group.kind }))} className="font-bold">
                    {m.showMore(count(group), m.groups[group.kind])}
                  </TextLink>
                </p>
              )}
              {type && (
                <SearchPagination query={query.display} kind={group.kind} page={page} pages={pages} i18n={i18n} />
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
