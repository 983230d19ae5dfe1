import { TranslatedName } from '@/components/names/translated-name';
import { MoneyValue } from '@/components/ui/money-value';
import { NotPublished } from '@/components/ui/not-published';
import { DataTable } from '@/components/ui/data-table';
import { STATUSES } from '@/lib/domain/codelists';
import { codeLabel } from '@/lib/i18n/code-label';
import { projectFieldLabels } from '@/lib/fields/project-labels';
import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import { setMessages } from '@/lib/i18n/messages/sets';
import type { I18n } from '@/lib/i18n/server';
import { projectHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Named = { name: string; nameEn: string | null };
type SetProject = Named & { slug: string; status: string; totalInvestment: number | null; enterprise: Named | null };

/** A set's named projects: name, enterprise, status and investment (or 未公开). */
export function SetProjectTable({ projects, i18n }: { projects: SetProject[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, setMessages);
  const pm = pickMessages(i18n.lang, projectMessages);
  const labels = pickMessages(i18n.lang, projectFieldLabels);
  const rows = projects.map((project) => ({
    key: project.slug,
    cells: [
      <TextLink key="name" href={i18n.href(projectHref(project.slug))}>
        <TranslatedName zh={project.name} en={project.nameEn} lang={i18n.lang} />
      </TextLink>,
      project.enterprise ? (
        <TranslatedName key="enterprise" zh={project.enterprise.name} en={project.enterprise.nameEn} lang={i18n.lang} />
      ) : (
        <NotPublished lang={i18n.lang} />
      ),
      codeLabel(STATUSES, project.status, i18n.lang),
      <MoneyValue key="investment" wan={project.totalInvestment} lang={i18n.lang} />,
    ],
  }));
  return (
    <DataTable
      caption={m.itemisedHeading}
      rows={rows}
      className="mt-4"
      columns={[
        { label: pm.title },
        { label: m.enterprise },
        { label: labels.status },
        { label: labels.totalInvestment, numeric: true },
      ]}
    />
  );
}
