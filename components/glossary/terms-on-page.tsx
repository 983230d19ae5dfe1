import { GLOSSARY, type GlossaryId } from '@/lib/glossary/terms';
import { glossaryHref } from '@/lib/links';
import { pickMessages } from '@/lib/i18n/messages';
import { glossaryMessages } from '@/lib/i18n/messages/glossary';
import type { I18n } from '@/lib/i18n/server';
import { TextLink } from '@/components/ui/text-link';

/**
 * "Terms on this page": links to the glossary entries of the source's terms a page uses, shown
 * near the top of the pages where readers first meet them.
 */
export function TermsOnPage({ ids, i18n }: { ids: readonly GlossaryId[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, glossaryMessages);
  const entries = ids.flatMap((id) => GLOSSARY.filter((entry) => entry.id === id));
  return (
    <p className="mb-6 max-w-3xl text-sm" data-testid="terms-on-page">
      {m.termsHere}
      {entries.map((entry, index) => (
        <span key={entry.id}>
          {index > 0 && ' · '}
          <TextLink href={i18n.href(glossaryHref(entry.id))}>
            {i18n.lang === 'en' ? entry.termEn : i18n.localise(entry.term)}
          </TextLink>
        </span>
      ))}
    </p>
  );
}
