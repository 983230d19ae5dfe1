import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TranslatedHeading, TranslatedName, translatedNameText } from '@/components/names/translated-name';
import { SourceQuote } from '@/components/sources/source-quote';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PublicPage } from '@/components/layout/public-page';
import { fetchEnterpriseById } from '@/lib/data/enterprises';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { LangParams } from '@/lib/i18n/server';
import { enterpriseHref, projectHref } from '@/lib/links';
import { dataLang, punctuation } from '@/lib/i18n/typography';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { parseSlug, type WithParams } from '@/lib/validations/params';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';
import { detailLoader, notFoundMetadata } from '@/lib/pages/detail-loader';
import { TextLink } from '@/components/ui/text-link';

export const generateStaticParams = renderOnFirstVisit;

type Props = WithParams<LangParams & { id: string }>;
const load = detailLoader({
  path: (params: { lang: string; id: string }) => enterpriseHref(params.id),
  id: (params) => parseSlug(params.id),
  read: fetchEnterpriseById,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { i18n, found: enterprise } = await load(params);
  if (!enterprise) return notFoundMetadata(i18n);
  return pageMetadata(i18n, {
    title: translatedNameText({ zh: i18n.localise(enterprise.name), en: enterprise.nameEn, lang: i18n.lang }),
  });
}

export default async function EnterprisePage({ params }: Props) {
  const { i18n, found } = await load(params);
  if (!found) notFound();
  const enterprise = i18n.localise(found);
  const m = pickMessages(i18n.lang, initiativeMessages);
  const pm = pickMessages(i18n.lang, projectMessages);
  const { open, colon, close } = punctuation(i18n.lang);
  return (
    <PublicPage i18n={i18n}>
      <Breadcrumbs
        label={pm.breadcrumb}
        crumbs={[
          { label: pm.home, href: i18n.href('/') },
          { label: pm.title, href: i18n.href('/projects') },
          { label: pickName(i18n.lang, enterprise.name, enterprise.nameEn) },
        ]}
      />
      <p className="text-muted">{m.enterprise}</p>
      <div className="mb-6">
        <TranslatedHeading zh={enterprise.name} en={enterprise.nameEn} lang={i18n.lang} />
      </div>
      <h2 className="mb-2 text-2xl font-bold">{m.enterpriseProjects}</h2>
      {enterprise.projects.length === 0 ? (
        <p>{m.noEnterpriseProjects}</p>
      ) : (
        <ul className="list-disc pl-6">
          {enterprise.projects.map((project) => (
            <li key={project.slug}>
              <TextLink href={i18n.href(projectHref(project.slug))}>
                <TranslatedName zh={project.name} en={project.nameEn} lang={i18n.lang} />
              </TextLink>
              {project.industryChain && (
                <span className="text-muted">
                  {open}
                  {m.chain}
                  {colon}
                  <span lang={dataLang(i18n.lang)}>{project.industryChain}</span>
                  {close}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {enterprise.mentions.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{m.mentions}</h2>
          <div className="space-y-4">
            {enterprise.mentions.map((mention) => (
              <div key={mention.id} className="space-y-2">
                {i18n.lang !== 'en' && <p>{mention.summary}</p>}
                <SourceQuote quote={mention.quote} passage={mention.passage} linkLabel={m.source} i18n={i18n} />
              </div>
            ))}
          </div>
        </>
      )}
    </PublicPage>
  );
}
