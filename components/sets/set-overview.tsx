import { FigureTable } from '@/components/figures/figure-table';
import { ItemisedNote } from '@/components/sets/itemised-note';
import type { SetOverview as SetOverviewData } from '@/lib/data/sets';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { homeMessages } from '@/lib/i18n/messages/home';
import type { I18n } from '@/lib/i18n/server';
import { setHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/** Every set, as the home page and /sets show them. */
export function SetOverviewList({ sets, i18n }: { sets: SetOverviewData[]; i18n: I18n }) {
  return (
    <div className="space-y-10">
      {sets.map((set) => (
        <SetOverview key={set.id} set={set} i18n={i18n} />
      ))}
    </div>
  );
}

/** One set on the home page and on /sets: its reported figures, then what is itemised. */
export function SetOverview({ set, i18n }: { set: SetOverviewData; i18n: I18n }) {
  const headingId = `set-${set.id}`;
  const name = pickName(i18n.lang, set.name, set.nameEn);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold">
        <TextLink href={i18n.href(setHref(set.id))}>{name}</TextLink>
      </h2>
      {set.description && i18n.lang !== 'en' && <p className="text-muted">{set.description}</p>}
      <FigureTable
        caption={pickMessages(i18n.lang, homeMessages).reportedFigures(name)}
        figures={set.figures}
        i18n={i18n}
      />
      <ItemisedNote itemised={set.itemised} lang={i18n.lang} />
    </section>
  );
}
