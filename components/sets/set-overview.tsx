import { FigureTable } from '@/components/figures/figure-table';
import { ItemisedNote } from '@/components/sets/itemised-note';
import type { SetOverview as SetOverviewData } from '@/lib/data/sets';

/** One set on the home page: its reported figures, then what is itemised. */
export function SetOverview({ set }: { set: SetOverviewData }) {
  const headingId = `set-${set.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold">
        {set.name}
      </h2>
      {set.description && <p className="text-muted">{set.description}</p>}
      <FigureTable caption={`${set.name}：报道数据`} figures={set.figures} />
      <ItemisedNote itemised={set.itemised} />
    </section>
  );
}
