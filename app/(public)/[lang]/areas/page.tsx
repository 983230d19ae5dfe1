import type { Metadata } from 'next';
import { FigureTable } from '@/components/figures/figure-table';
import { InitiativePoints } from '@/components/initiatives/initiative-points';
import { PublicPage } from '@/components/layout/public-page';
import { fetchInitiatives } from '@/lib/data/initiatives';
import { TranslatedName } from '@/components/names/translated-name';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import { pageI18n, type LangParams } from '@/lib/i18n/server';
import { initiativeHref } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { TermsOnPage } from '@/components/glossary/terms-on-page';
import { TextLink } from '@/components/ui/text-link';

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const i18n = await pageI18n(params, '/areas');
  const m = pickMessages(i18n.lang, initiativeMessages);
  return pageMetadata(i18n, { title: m.areas, description: m.areasIntro });
}

/**
 * The ten areas: those the source names, then one “not published” row for each area it counts
 * but does not name (reported count − named), never a guessed name.
 */
export default async function AreasPage({ params }: { params: Promise<LangParams> }) {
  const i18n = await pageI18n(params, '/areas');
  const m = pickMessages(i18n.lang, initiativeMessages);
  const areas = i18n.localise(await fetchInitiatives()).filter((i) => i.kind === 'resultArea');
  const roots = areas.filter((a) => a.parentId === null);
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-2 text-3xl font-bold">{m.areas}</h1>
      <p className="mb-4 max-w-3xl">{m.areasIntro}</p>
      <TermsOnPage ids={['two-year-results', 'five-seven']} i18n={i18n} />
      {roots.map((root) => {
        const named = areas.filter((a) => a.parentId === root.id);
        const countFigure = root.figures.find((f) => f.unit === 'count');
        const total = countFigure ? Number.parseInt(countFigure.value, 10) : named.length;
        const unpublished = Math.max(0, total - named.length);
        return (
          <section key={root.id} aria-labelledby={`root-${root.id}`} className="space-y-4">
            <h2 id={`root-${root.id}`} className="sr-only">
              {pickName(i18n.lang, root.name, root.nameEn)}
            </h2>
            {root.figures.length > 0 && <FigureTable caption={m.targets} figures={root.figures} i18n={i18n} />}
            <p className="font-bold" data-testid="area-count">
              {m.areaCount(total, named.length, unpublished)}
            </p>
            <ol className="list-decimal space-y-3 pl-6" data-testid="area-list">
              {named.map((area) => (
                <li key={area.id}>
                  <TextLink href={i18n.href(initiativeHref(area))}>
                    <TranslatedName zh={area.name} en={area.nameEn} lang={i18n.lang} />
                  </TextLink>
                </li>
              ))}
              {Array.from({ length: unpublished }, (_, i) => (
                <li key={`unpublished-${i}`} className="text-muted" data-unpublished="true">
                  {m.unpublishedArea(named.length + i + 1)}
                  <span className="block text-sm">{m.unpublishedAreaNote}</span>
                </li>
              ))}
            </ol>
            <InitiativePoints points={root.points} i18n={i18n} />
          </section>
        );
      })}
    </PublicPage>
  );
}
