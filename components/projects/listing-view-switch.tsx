import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { projectsHref } from '@/lib/links';
import { LISTING_VIEWS, type ListingView } from '@/lib/validations/listing-view';
import { TextLink } from '@/components/ui/text-link';

/** “Show as: list · table”: plain links that keep every other parameter; the current view is text. */
export function ListingViewSwitch({ query, view, i18n }: { query: string; view: ListingView; i18n: I18n }) {
  const m = pickMessages(i18n.lang, projectMessages).views;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-2" data-testid="view-switch">
      {m.label}
      {LISTING_VIEWS.map((option, index) => (
        <span key={option} className="inline-flex items-center gap-x-2">
          {index > 0 && <span aria-hidden="true">·</span>}
          {option === view ? (
            <strong aria-current="page">{m[option]}</strong>
          ) : (
            <TextLink href={i18n.href(projectsHref(query, option))} className="inline-flex min-h-11 items-center">
              {m[option]}
            </TextLink>
          )}
        </span>
      ))}
    </p>
  );
}
