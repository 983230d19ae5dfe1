import { WrittenText } from '@/components/history/written-text';
import { fetchLatestStatusEvidence } from '@/lib/data/revisions';
import { beijingDate } from '@/lib/domain/date-time';
import { formatDate } from '@/lib/domain/format';
import { pickMessages } from '@/lib/i18n/messages';
import { statusEvidenceMessages } from '@/lib/i18n/messages/status-evidence';
import type { I18n } from '@/lib/i18n/server';

/**
 * Beside a project's status: the evidence and reason of the latest status update by an official,
 * so a reader need not search the history at the bottom of the page. An official's words are shown
 * as written, marked with their language on English pages (WrittenText).
 */
export async function StatusEvidence({ slug, i18n }: { slug: string; i18n: I18n }) {
  const latest = await fetchLatestStatusEvidence(slug);
  if (!latest) return null;
  const m = pickMessages(i18n.lang, statusEvidenceMessages);
  const words = (text: string) => <WrittenText text={text} i18n={i18n} />;
  return (
    <span className="mt-1 block text-sm" data-testid="status-evidence">
      {latest.sourceRef && (
        <span className="block">
          {m.evidence}
          {words(latest.sourceRef)}
        </span>
      )}
      <span className="block text-muted">
        {m.reason}
        {words(latest.reason)}
        {m.updatedOn(formatDate(beijingDate(latest.at), i18n.lang))}
      </span>
    </span>
  );
}
