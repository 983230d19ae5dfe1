import { TranslationMark } from '@/components/names/translated-name';
import { MarkedText } from '@/components/search/marked-text';
import type { I18n } from '@/lib/i18n/server';
import { dataLang } from '@/lib/i18n/typography';
import type { PresentedHit } from '@/lib/search/present-hit';
import { TextLink } from '@/components/ui/text-link';

/** Results of one group: linked title and a snippet in the reader's language (on English pages, the English name). */
export function SearchHitList({ hits, i18n }: { hits: PresentedHit[]; i18n: I18n }) {
  // Data stays Chinese on English pages: say so to screen readers.
  const zhLang = dataLang(i18n.lang);
  return (
    <ol className="space-y-4 [overflow-wrap:anywhere]" data-testid="search-hits">
      {hits.map((hit) => (
        <li key={hit.key} className="border-b border-rule pb-3">
          <TextLink href={i18n.href(hit.href)} className="text-lg font-bold" lang={zhLang}>
            <MarkedText segments={hit.title} />
          </TextLink>
          {hit.snippet.length > 0 && (
            <p className="mt-1">
              <MarkedText segments={hit.snippet} />
              {hit.translated && (
                <>
                  {' '}
                  <TranslationMark lang={i18n.lang} />
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
