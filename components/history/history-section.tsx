import { ChangeList } from '@/components/history/change-list';
import { fetchEntityHistory } from '@/lib/data/revisions';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import type { I18n } from '@/lib/i18n/server';
import type { PublicEntityType } from '@/lib/validations/changes';

export type HistorySectionProps = {
  /** project | figure | set | initiative | source | enterprise */
  entityType: PublicEntityType;
  /** The id the revisions use: a project's slug, a figure's key, a set's / initiative's / source's id. */
  entityId: string;
  i18n: I18n;
};

/** "修改历史" on a detail page: every revision of this one entity, newest first (the first load included). */
export async function HistorySection({ entityType, entityId, i18n }: HistorySectionProps) {
  const m = pickMessages(i18n.lang, historyMessages);
  const changes = await fetchEntityHistory(entityType, entityId);
  const headingId = `history-${entityType}`;
  return (
    <section aria-labelledby={headingId} className="mt-10" data-testid="history-section">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">
        {m.sectionTitle}
      </h2>
      {changes.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ChangeList changes={changes} i18n={i18n} showEntity={false} headingLevel="h3" />
      )}
    </section>
  );
}
