import { MarkedText } from '@/components/search/marked-text';
import { fetchEmptyListingContext } from '@/lib/data/mentions';
import { pickMessages } from '@/lib/i18n/messages';
import { emptyListingMessages } from '@/lib/i18n/messages/empty-listing';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import type { I18n } from '@/lib/i18n/server';
import { passageHref, SETS_HREF } from '@/lib/links';
import { highlightTerms } from '@/lib/search/highlight';
import type { ProjectFilters } from '@/lib/validations/project-filters';
import { TextLink } from '@/components/ui/text-link';

/**
 * A listing with no named project: most projects the sources report are unnamed, so "0" alone
 * misleads. Says how many projects are named, points to the reported totals, and quotes the
 * sources' sentences on the filters' words, each linked to its paragraph.
 */
export async function EmptyListing({ filters, i18n }: { filters: ProjectFilters; i18n: I18n }) {
  const m = pickMessages(i18n.lang, emptyListingMessages);
  const { paragraph } = pickMessages(i18n.lang, paragraphMessages);
  const { published, mentions } = await fetchEmptyListingContext(filters);
  const terms = [...new Set(mentions.map((mention) => mention.term))];
  const zh = i18n.lang === 'en' ? 'zh-Hans' : undefined;
  return (
    <section aria-labelledby="empty-listing" data-testid="empty-listing" className="mb-6 max-w-3xl space-y-3">
      <h2 id="empty-listing" className="text-2xl font-bold">
        {m.heading}
      </h2>
      <p>
        {m.published(published)} <TextLink href={i18n.href(SETS_HREF)}>{m.setsLink}</TextLink>
      </p>
      {terms.length === 0 && <p>{m.noMention}</p>}
      {terms.map((term) => (
        <div key={term}>
          <p>
            {m.mentionedBefore}
            <span lang={zh}>{i18n.localise(term)}</span>
            {m.mentionedAfter}
          </p>
          <ul className="mt-2 space-y-2">
            {mentions
              .filter((mention) => mention.term === term)
              .map((mention) => (
                <li key={`${mention.passage.anchor}:${mention.sentence}`} className="border-l-4 border-rule pl-3">
                  <q lang={zh}>
                    <MarkedText segments={i18n.localise(highlightTerms(mention.sentence, [term]))} />
                  </q>{' '}
                  <TextLink href={i18n.href(passageHref(mention.passage))} className="text-sm">
                    <span lang={zh}>{i18n.localise(mention.passage.sourceTitle)}</span> ·{' '}
                    {paragraph(mention.passage.position)}
                  </TextLink>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <p>
        <TextLink href={i18n.href('/projects')}>{m.clear}</TextLink>
      </p>
    </section>
  );
}
