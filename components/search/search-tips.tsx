import { pickMessages } from '@/lib/i18n/messages';
import { searchMessages } from '@/lib/i18n/messages/search';
import type { I18n } from '@/lib/i18n/server';

/** Shown before anything is searched for: what can be found and how to ask. */
export function SearchTips({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, searchMessages);
  return (
    <section aria-labelledby="search-tips">
      <p className="mb-4 max-w-3xl text-lg">{m.intro}</p>
      <h2 id="search-tips" className="mb-2 text-xl font-bold">
        {m.tipsHeading}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {m.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </section>
  );
}
