import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import type { I18n } from '@/lib/i18n/server';
import { TextLink } from '@/components/ui/text-link';

/** Nothing found: say so plainly, with what to try next. */
export function NoResults({ query, i18n }: { query: string; i18n: I18n }) {
  const m = pickMessages(i18n.lang, searchMessages);
  return (
    <section aria-labelledby="no-results">
      <h2 id="no-results" className="mb-3 text-2xl font-bold [overflow-wrap:anywhere]">
        {m.noResultsHeading(query)}
      </h2>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        {m.noResultsTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p>
        {m.browse} <TextLink href={i18n.href('/sources')}>{m.browseSources}</TextLink>
        {' · '}
        <TextLink href={i18n.href('/')}>{m.browseHome}</TextLink>
      </p>
    </section>
  );
}
