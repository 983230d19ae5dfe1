import { FigureTable } from '@/components/figures/figure-table';
import { InitiativePoints } from '@/components/initiatives/initiative-points';
import { TranslatedHeading, TranslatedName } from '@/components/names/translated-name';
import { SourceQuote } from '@/components/sources/source-quote';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import type { InitiativeDetail as InitiativeData } from '@/lib/data/initiatives';
import { pickMessages, pickName } from '@/lib/i18n/messages';
import { initiativeMessages } from '@/lib/i18n/messages/initiatives';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { punctuation } from '@/lib/i18n/typography';
import { initiativeHref, projectHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Props = { initiative: InitiativeData; i18n: I18n; section: { label: string; href: string } };

/** The page of one initiative or area: what it is, its source, points, targets, parts and projects. */
export function InitiativeDetail({ initiative, i18n, section }: Props) {
  const m = pickMessages(i18n.lang, initiativeMessages);
  const pm = pickMessages(i18n.lang, projectMessages);
  const name = pickName(i18n.lang, initiative.name, initiative.nameEn);
  const link = (target: { id: string; kind: string; name: string; nameEn: string }) => (
    <TextLink href={i18n.href(initiativeHref(target))}>
      <TranslatedName zh={target.name} en={target.nameEn} lang={i18n.lang} />
    </TextLink>
  );
  return (
    <>
      <Breadcrumbs
        label={pm.breadcrumb}
        crumbs={[{ label: pm.home, href: i18n.href('/') }, section, { label: name }]}
      />
      <p className="text-muted">{m.kinds[initiative.kind] ?? initiative.kind}</p>
      <TranslatedHeading zh={initiative.name} en={initiative.nameEn} lang={i18n.lang} />
      {initiative.parent && (
        <p className="mb-4">
          {m.partOf}
          {punctuation(i18n.lang).colon}
          {link(initiative.parent)}
        </p>
      )}
      {initiative.summary && i18n.lang !== 'en' && <p className="mb-4 max-w-3xl text-lg">{initiative.summary}</p>}
      {initiative.quote && initiative.passage && (
        <SourceQuote quote={initiative.quote} passage={initiative.passage} linkLabel={m.source} i18n={i18n} />
      )}
      <InitiativePoints points={initiative.points} i18n={i18n} />
      {initiative.figures.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{m.targets}</h2>
          <FigureTable
            caption={`${name}${punctuation(i18n.lang).colon}${m.targets}`}
            figures={initiative.figures}
            i18n={i18n}
          />
        </>
      )}
      {initiative.children.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{m.parts}</h2>
          <ul className="list-disc pl-6">
            {initiative.children.map((child) => (
              <li key={child.id}>{link(child)}</li>
            ))}
          </ul>
        </>
      )}
      <h2 className="mt-8 mb-2 text-2xl font-bold">{m.projects}</h2>
      {initiative.projects.length === 0 ? (
        <p>{m.noProjects}</p>
      ) : (
        <ul className="list-disc pl-6">
          {initiative.projects.map(({ project }) => (
            <li key={project.slug}>
              <TextLink href={i18n.href(projectHref(project.slug))}>
                <TranslatedName zh={project.name} en={project.nameEn} lang={i18n.lang} />
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
