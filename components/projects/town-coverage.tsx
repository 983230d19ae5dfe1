import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { TOWN_NONE, type ProjectFilters } from '@/lib/validations/project-filters';
import { filteredProjectsHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/**
 * Under the result count: how many published projects have no published 镇街 (officials have not
 * recorded one; no source names any), linking to the town filter that lists them. Not shown
 * when that filter is the one applied: the count above already says it.
 */
export function TownCoverage({
  withoutTown,
  filters,
  i18n,
}: {
  withoutTown: number;
  filters: ProjectFilters;
  i18n: I18n;
}) {
  if (withoutTown === 0 || filters.town === TOWN_NONE) return null;
  const m = pickMessages(i18n.lang, projectMessages);
  return (
    <p className="mb-4 max-w-3xl text-sm" data-testid="town-coverage">
      {m.withoutTown(withoutTown)}
      {/* A Chinese sentence ends with 。 and needs no space before the link. */}
      {i18n.lang === 'en' && ' '}
      <TextLink href={i18n.href(filteredProjectsHref({ town: TOWN_NONE }))}>{m.withoutTownLink(withoutTown)}</TextLink>
    </p>
  );
}
