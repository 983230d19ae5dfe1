import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';

type Props = { total: number; atLeast: boolean; i18n: I18n };

/**
 * How many projects match. A keyword's matches are counted only up to a cap (fetchProjectList
 * returns `atLeast`): then the count says "more than …", and an inset says that only the first
 * ones are listed and how to reach the others, GOV.UK style.
 */
export function ProjectResultCount({ total, atLeast, i18n }: Props) {
  const m = pickMessages(i18n.lang, projectMessages);
  return (
    <>
      <p className="mb-2 font-bold" data-testid="result-count">
        {atLeast ? m.resultCountAtLeast(total) : m.resultCount(total)}
      </p>
      {atLeast && (
        <p className="mb-4 max-w-3xl border-l-4 border-rule pl-4" data-testid="result-cap">
          {m.capNotice(total)}
        </p>
      )}
    </>
  );
}
