import Link from 'next/link';

type Props = {
  page: number;
  pageCount: number;
  /** The link to another page of the same listing (filters kept). */
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: (page: number, pageCount: number) => string };
};

/** GOV.UK-style previous/next pagination; plain links, so it works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-brand underline">
          ← {labels.previous}
        </Link>
      )}
      <span>{labels.pageOf(page, pageCount)}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand underline">
          {labels.next} →
        </Link>
      )}
    </nav>
  );
}
