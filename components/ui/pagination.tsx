import { TextLink } from '@/components/ui/text-link';

type Props = {
  page: number;
  pageCount: number;
  /** The link to another page of the same listing (filters kept). */
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: (page: number, pageCount: number) => string };
};

// Every link a target of at least 44 × 44 px (WCAG 2.5.5), so a thumb hits the page it means.
const TARGET = 'inline-flex min-h-11 min-w-11 items-center justify-center px-2';

/** Pages to show: first, last, and the current one with its neighbours; gaps become “…”. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const pages = [...wanted].sort((a, b) => a - b);
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1] > 1 ? ['gap' as const, p] : [p]));
}

/** GOV.UK pagination: previous/next and numbered links, all plain links in the URL, and “page N of M”. */
export function Pagination({ page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
      {page > 1 && (
        <TextLink href={hrefFor(page - 1)} rel="prev" className="inline-flex min-h-11 items-center">
          ‹ {labels.previous}
        </TextLink>
      )}
      <ul className="flex flex-wrap gap-2">
        {pageWindow(page, pageCount).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={`${TARGET} bg-brand font-bold text-white`}>
                  {item}
                </span>
              ) : (
                <TextLink href={hrefFor(item)} className={TARGET}>
                  {item}
                </TextLink>
              )}
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <TextLink href={hrefFor(page + 1)} rel="next" className="inline-flex min-h-11 items-center">
          {labels.next} ›
        </TextLink>
      )}
      <span className="text-muted">{labels.pageOf(page, pageCount)}</span>
    </nav>
  );
}
