import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HistorySection } from '@/components/history/history-section';
import { TranslatedHeading, TranslatedName, translatedNameText } from '@/components/names/translated-name';
import { ProjectAccountability } from '@/components/projects/project-accountability';
import { ProjectFacts } from '@/components/projects/project-facts';
import { SourceQuote } from '@/components/sources/source-quote';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PublicPage } from '@/components/layout/public-page';
import { fetchProjectBySlug, fetchProjectsInChain } from '@/lib/data/projects';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { LangParams } from '@/lib/i18n/server';
import { projectFeedHref, projectHref, setHref } from '@/lib/links';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseSlug, type WithParams } from '@/lib/validations/params';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { TermsOnPage } from '@/components/glossary/terms-on-page';
import { dataLang } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';

export const generateStaticParams = renderOnFirstVisit;

type Props = WithParams<LangParams & { slug: string }>;
const load = detailLoader({
  path: (params: { lang: string; slug: string }) => projectHref(params.slug),
  id: (params) => parseSlug(params.slug),
  read: fetchProjectBySlug,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { i18n, found: project } = await load(params);
  if (!project) return notFoundMetadata(i18n);
  const name = i18n.localise(project.name);
  return pageMetadata(i18n, {
    title: translatedNameText({ zh: name, en: project.nameEn, lang: i18n.lang }),
    description: i18n.localise(project.description ?? name),
    type: 'article',
  });
}

export default async function ProjectPage({ params }: Props) {
  const { i18n, found } = await load(params);
  if (!found) notFound();
  const [project, sameChain] = await Promise.all([
    i18n.localise(found),
    fetchProjectsInChain(found.industryChain, found.slug).then(i18n.localise),
  ]);
  const m = pickMessages(i18n.lang, projectMessages);
  return (
    <PublicPage i18n={i18n}>
      <Breadcrumbs
        label={m.breadcrumb}
        crumbs={[
          { label: m.home, href: i18n.href('/') },
          { label: m.title, href: i18n.href('/projects') },
          { label: pickName(i18n.lang, project.name, project.nameEn) },
        ]}
      />
      <TranslatedHeading zh={project.name} en={project.nameEn} lang={i18n.lang} />
      {project.description && (
        <p className="mb-6 max-w-3xl text-lg" lang={dataLang(i18n.lang)}>
          {project.description}
        </p>
      )}
      {project.quote && project.passage && (
        <div className="mb-6">
          <SourceQuote quote={project.quote} passage={project.passage} linkLabel={m.sourceSentence} i18n={i18n} />
        </div>
      )}
      <h2 className="mb-2 text-2xl font-bold">{m.keyFacts}</h2>
      <ProjectFacts project={project} i18n={i18n} />
      <p className="mt-2 text-sm text-muted">{m.notPublishedNote}</p>
      <TermsOnPage ids={['continuing-new', 'money-units', 'baogua', 'not-published']} i18n={i18n} />
      <ProjectAccountability projectId={found.id} i18n={i18n} />

      <h2 className="mt-8 mb-2 text-2xl font-bold">{m.sets}</h2>
      {project.sets.length === 0 ? (
        <p>{m.noSets}</p>
      ) : (
        <ul className="list-disc pl-6">
          {project.sets.map(({ set }) => (
            <li key={set.id}>
              <TextLink href={i18n.href(setHref(set.id))}>{pickName(i18n.lang, set.name, set.nameEn)}</TextLink>
            </li>
          ))}
        </ul>
      )}

      {project.industryChain && (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold" data-testid="same-chain">
            {m.sameChain[0]}
            <span lang={dataLang(i18n.lang)}>{project.industryChain}</span>
            {m.sameChain[1]}
          </h2>
          {sameChain.length === 0 ? (
            <p>{m.noSameChain}</p>
          ) : (
            <ul className="list-disc pl-6">
              {sameChain.map((other) => (
                <li key={other.slug}>
                  <TextLink href={i18n.href(projectHref(other.slug))}>
                    <TranslatedName zh={other.name} en={other.nameEn} lang={i18n.lang} />
                  </TextLink>
                  {/* The enterprise as a caption: brackets around a name with its translation would nest. */}
                  {other.enterprise && (
                    <span className="block text-sm text-muted" data-testid="same-chain-enterprise">
                      <TranslatedName zh={other.enterprise.name} en={other.enterprise.nameEn} lang={i18n.lang} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <HistorySection entityType="project" entityId={found.slug} i18n={i18n} />
      <p className="mt-4">
        <TextLink href={projectFeedHref(found.slug)} type="application/atom+xml">
          {pickMessages(i18n.lang, historyMessages).feed}
        </TextLink>
      </p>
    </PublicPage>
  );
}
