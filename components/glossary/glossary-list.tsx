import { fetchMentions } from '@/lib/data/mentions';
import { GLOSSARY } from '@/lib/glossary/terms';
import { pickMessages } from '@/lib/i18n/messages';
import { glossaryMessages } from '@/lib/i18n/messages/glossary';
import { paragraphMessages } from '@/lib/i18n/messages/paragraph';
import type { I18n } from '@/lib/i18n/server';
import { passageHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/** Every term with its meaning and a link to the first sentence of the sources that uses it. */
export async function GlossaryList({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, glossaryMessages);
  const { inSource } = pickMessages(i18n.lang, paragraphMessages);
  const mentions = await fetchMentions(
    GLOSSARY.flatMap((entry) => (entry.find ? [entry.find] : [])),
    1,
  );
  const en = i18n.lang === 'en';
  return (
    <dl className="max-w-3xl space-y-6">
      {GLOSSARY.map((entry) => {
        const mention = mentions.find((found) => found.term === entry.find);
        return (
          <div key={entry.id} id={entry.id} className="scroll-mt-4 border-b border-rule pb-4 target:bg-target">
            <dt className="text-xl font-bold">
              {en ? (
                <>
                  {entry.termEn} <span lang="zh-Hans">{entry.term}</span>
                </>
              ) : (
                i18n.localise(entry.term)
              )}
            </dt>
            <dd className="mt-1 space-y-1">
              <p>{en ? entry.en : i18n.localise(entry.zh)}</p>
              {mention ? (
                <p className="text-sm">
                  {m.inSource}
                  <q lang={en ? 'zh-Hans' : undefined}>{i18n.localise(mention.sentence)}</q>{' '}
                  <TextLink href={i18n.href(passageHref(mention.passage))}>
                    {inSource(mention.passage.position)}
                  </TextLink>
                </p>
              ) : (
                <p className="text-sm text-muted">{m.portalTerm}</p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
