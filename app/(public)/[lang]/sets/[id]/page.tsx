import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HistorySection } from '@/components/history/history-section';
import { DeadlineNote } from '@/components/figures/deadline-note';
import { FigureTable } from '@/components/figures/figure-table';
import { CompositionChart } from '@/components/sets/composition-chart';
import { CompositionTable } from '@/components/sets/composition-table';
import { ItemisedNote } from '@/components/sets/itemised-note';
import { SetProjectTable } from '@/components/sets/set-project-table';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PublicPage } from '@/components/layout/public-page';
import { fetchSetById } from '@/lib/data/sets';
import { formatDate } from '@/lib/domain/format';
import { compositionOf, findFigure, unnamedCount } from '@/lib/domain/set-composition';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import { setMessages } from '@/lib/i18n/messages/sets';
import type { LangParams } from '@/lib/i18n/server';
import { filteredProjectsHref, setHref, SETS_HREF } from '@/lib/links';
import { punctuation } from '@/lib/i18n/typography';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseSlug, type WithParams } from '@/lib/validations/params';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { TermsOnPage } from '@/components/glossary/terms-on-page';
import { TextLink } from '@/components/ui/text-link';

export const generateStaticParams = renderOnFirstVisit;

type Props = WithParams<LangParams & { id: string }>;
const load = detailLoader({
  path: (params: { lang: string; id: string }) => setHref(params.id),
  id: (params) => parseSlug(params.id),
  read: fetchSetById,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { i18n, found: set } = await load(params);
  if (!set) return notFoundMetadata(i18n);
  return pageMetadata(i18n, {
    title: i18n.localise(pickName(i18n.lang, set.name, set.nameEn)),
    description: i18n.localise(set.description ?? undefined),
  });
}

export default async function SetPage({ params }: Props) {
  const { i18n, found } = await load(params);
  if (!found) notFound();
  const set = i18n.localise(found);
  const m = pickMessages(i18n.lang, setMessages);
  const pm = pickMessages(i18n.lang, projectMessages);
  const name = pickName(i18n.lang, set.name, set.nameEn);
  const composition = compositionOf(set.figures);
  const unnamed = unnamedCount(set.figures, set.itemised.itemisedCount);
  const reportedCount = findFigure(set.figures, 'projectCount');
  const deadline = findFigure(set.figures, 'newStartDeadline');
  const newCount = findFigure(set.figures, 'newCount');
  return (
    <PublicPage i18n={i18n}>
      <Breadcrumbs
        label={pm.breadcrumb}
        crumbs={[
          { label: pm.home, href: i18n.href('/') },
          { label: m.sets, href: i18n.href(SETS_HREF) },
          { label: name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{name}</h1>
      {set.description && i18n.lang !== 'en' && <p className="mb-6 max-w-3xl text-lg">{set.description}</p>}
      <TermsOnPage ids={['joint-groundbreaking', 'key-project', 'continuing-new', 'money-units']} i18n={i18n} />

      <h2 className="mb-2 text-2xl font-bold">{m.reported}</h2>
      <FigureTable caption={`${name}${punctuation(i18n.lang).colon}${m.reported}`} figures={set.figures} i18n={i18n} />
      {deadline?.wording && newCount && (
        <DeadlineNote
          parts={m.deadline(newCount.value, deadline.wording, formatDate(deadline.value, i18n.lang))}
          lang={i18n.lang}
        />
      )}

      {composition && (
        <section aria-labelledby="composition" className="mt-8">
          <h2 id="composition" className="mb-2 text-2xl font-bold">
            {m.composition}
          </h2>
          <CompositionChart
            composition={composition}
            title={m.chartTitle}
            description={m.chartDescription({ ...composition, completion: composition.completionTarget })}
            labels={{ continuing: m.continuing, new: m.new, completion: m.completion }}
          />
          <CompositionTable figures={set.figures} i18n={i18n} />
          <p className="mt-2" data-testid="sum-check">
            {m.sumCheck(composition.sumOfKinds, composition.total)}
          </p>
        </section>
      )}

      <section aria-labelledby="itemised" className="mt-8">
        <h2 id="itemised" className="mb-2 text-2xl font-bold">
          {m.itemisedHeading}
        </h2>
        {reportedCount && unnamed !== null && (
          <p className="mb-2 font-bold" data-testid="gap">
            {m.gap(Number(reportedCount.value), set.itemised.itemisedCount, unnamed)}
          </p>
        )}
        <ItemisedNote itemised={set.itemised} lang={i18n.lang} />
        {set.projects.length === 0 ? (
          <p className="mt-2">{m.noItemised}</p>
        ) : (
          <SetProjectTable projects={set.projects} i18n={i18n} />
        )}
        {set.itemised.itemisedCount > set.projects.length && (
          <p className="mt-4">
            <TextLink href={i18n.href(filteredProjectsHref({ set: set.id }))}>
              {m.allProjects(set.itemised.itemisedCount)}
            </TextLink>
          </p>
        )}
      </section>
      <HistorySection entityType="set" entityId={found.id} i18n={i18n} />
    </PublicPage>
  );
}
