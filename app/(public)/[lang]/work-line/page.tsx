import type { Metadata } from 'next';
import { InitiativeSection } from '@/components/initiatives/initiative-section';
import { PublicPage } from '@/components/layout/public-page';
import { fetchInitiatives } from '@/lib/data/initiatives';
import { pickMessages } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { TermsOnPage } from '@/components/glossary/terms-on-page';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/work-line');
  const m = pickMessages(i18n.lang, initiativeMessages);
  return pageMetadata(i18n, { title: m.workLine, description: m.workLineIntro });
}

/** Every root initiative except the result areas (those are on /areas), each with its parts. */
export default async function WorkLinePage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/work-line');
  const m = pickMessages(i18n.lang, initiativeMessages);
  const initiatives = i18n.localise(await fetchInitiatives()).filter((i) => i.kind !== 'resultArea');
  const roots = initiatives.filter((i) => i.parentId === null);
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.workLine}</h1>
      <p className="mb-4 max-w-3xl">{m.workLineIntro}</p>
      <TermsOnPage
        ids={[
          'one-plus-four',
          'four-batches',
          'baogua',
          'dispatching',
          'blocking-problem',
          'three-maps-four-databases',
        ]}
        i18n={i18n}
      />
      <div className="space-y-12">
        {roots.map((root) => (
          <div key={root.id} className="space-y-6">
            <InitiativeSection initiative={root} i18n={i18n} headingLevel={2} />
            <div className="space-y-6 border-l-4 border-brand pl-4">
              {initiatives
                .filter((child) => child.parentId === root.id)
                .map((child) => (
                  <InitiativeSection key={child.id} initiative={child} i18n={i18n} headingLevel={3} />
                ))}
            </div>
          </div>
        ))}
      </div>
    </PublicPage>
  );
}
