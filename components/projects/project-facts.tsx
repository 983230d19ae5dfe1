import type { ReactNode } from 'react';
import { FigureLinks } from '@/components/figures/figure-links';
import { TranslatedName } from '@/components/names/translated-name';
import { StatusEvidence } from '@/components/projects/status-evidence';
import { MoneyValue } from '@/components/ui/money-value';
import { NotPublished } from '@/components/ui/not-published';
import { SummaryList } from '@/components/ui/summary-list';
import type { ProjectDetail } from '@/lib/data/projects';
import { KNOWN_AS, LEVELS, PROJECT_KINDS, SECTORS, STATUSES } from '@/lib/domain/codelists';
import { TOWNS } from '@/lib/domain/towns';
import { formatDate } from '@/lib/domain/format';
import { projectFieldLabels, SUMMARY_KEYS, type SummaryKey } from '@/lib/fields/project-labels';
import { codeLabel } from '@/lib/i18n/code-label';
import { pickMessages } from '@/lib/i18n/messages';
import { accountabilityMessages } from '@/lib/i18n/messages/accountability';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { enterpriseHref, filteredProjectsHref } from '@/lib/links';
import { dataLang } from '@/lib/i18n/typography';
import { TextLink } from '@/components/ui/text-link';

/** Key facts as a GOV.UK summary list; every unknown value says 未公开. */
export function ProjectFacts({ project, i18n }: { project: ProjectDetail; i18n: I18n }) {
  const { lang } = i18n;
  const m = pickMessages(lang, projectMessages).fields;
  const labels = pickMessages(lang, projectFieldLabels);
  const orUnknown = (value: string | null) => value ?? <NotPublished lang={lang} />;
  // A date shared with one of the project's sets (the joint groundbreaking) cites that set's figure.
  const setDates = project.sets.flatMap(({ set }) => set.figures);
  const citeDate = (value: string) => {
    const figure = setDates.find((f) => f.value === value);
    return figure ? (
      <span className="ml-2">
        <FigureLinks figure={{ ...figure, label: lang === 'en' ? figure.labelEn : figure.label }} i18n={i18n} />
      </span>
    ) : null;
  };
  const date = (value: string | null) =>
    value ? (
      <>
        {formatDate(value, lang)}
        {citeDate(value)}
      </>
    ) : (
      <NotPublished lang={lang} />
    );
  const code = (list: Record<string, { zh: string; en: string }>, value: string) =>
    value === 'unknown' ? <NotPublished lang={lang} /> : codeLabel(list, value, lang);
  const values: Record<SummaryKey, ReactNode> = {
    enterpriseName: project.enterprise ? (
      <TextLink href={i18n.href(enterpriseHref(project.enterprise.id))}>
        <TranslatedName zh={project.enterprise.name} en={project.enterprise.nameEn} lang={lang} />
      </TextLink>
    ) : (
      <NotPublished lang={lang} />
    ),
    sector: code(SECTORS, project.sector),
    industryChain: project.industryChain ? (
      <span lang={dataLang(lang)}>{project.industryChain}</span>
    ) : (
      <NotPublished lang={lang} />
    ),
    level: code(LEVELS, project.level),
    kind: code(PROJECT_KINDS, project.kind),
    status: (
      <>
        {code(STATUSES, project.status)}
        {project.statusDate && project.status !== 'unknown' && (
          <>
            {m.statusSince(formatDate(project.statusDate, lang))}
            {citeDate(project.statusDate)}
          </>
        )}
        <StatusEvidence slug={project.slug} i18n={i18n} />
      </>
    ),
    totalInvestment: <MoneyValue wan={project.totalInvestment} lang={lang} />,
    annualPlanInvestment: <MoneyValue wan={project.annualPlanInvestment} lang={lang} />,
    completedInvestment: <MoneyValue wan={project.completedInvestment} lang={lang} />,
    progressPercent: project.progressPercent === null ? <NotPublished lang={lang} /> : `${project.progressPercent}%`,
    startDate: date(project.startDate),
    plannedCompletionDate: date(project.plannedCompletionDate),
    location: orUnknown(project.location),
    // Officials record it (no source names one): until then 暂无公开记录, not 未公开.
    town: project.town ? (
      <TextLink href={i18n.href(filteredProjectsHref({ town: project.town }))}>
        {codeLabel(TOWNS, project.town, lang)}
      </TextLink>
    ) : (
      <span className="text-muted">{pickMessages(lang, accountabilityMessages).noRecord}</span>
    ),
    knownAs: codeLabel(KNOWN_AS, project.knownAs, lang),
  };
  // The rows and their labels are the catalogue's (lib/fields/project-fields.ts, `summary`).
  return <SummaryList rows={SUMMARY_KEYS.map((key) => ({ key, label: labels[key], value: values[key] }))} />;
}
