import { ProjectNameLink } from '@/components/projects/project-name-link';
import { MoneyValue } from '@/components/ui/money-value';
import { NotPublished } from '@/components/ui/not-published';
import type { ProjectListItem } from '@/lib/data/projects';
import { SECTORS, STATUSES } from '@/lib/domain/codelists';
import { projectFieldLabels } from '@/lib/fields/project-labels';
import { codeLabel } from '@/lib/i18n/code-label';
import { pickMessages } from '@/lib/i18n/messages';
import type { I18n } from '@/lib/i18n/server';

/**
 * Result rows: the name with its enterprise (a name such as 二期车间项目 says little alone),
 * then sector, status and investment (or 未公开). English pages show the portal's translation of
 * each name, marked so, beside the Chinese name (components/names/translated-name.tsx).
 */
export function ProjectList({ projects, i18n }: { projects: ProjectListItem[]; i18n: I18n }) {
  const m = pickMessages(i18n.lang, projectFieldLabels);
  return (
    <ol className="divide-y divide-rule border-y border-rule" data-testid="project-results">
      {projects.map((project) => (
        <li key={project.slug} className="py-4">
          <h2 className="text-lg font-bold [overflow-wrap:anywhere]">
            <ProjectNameLink project={project} i18n={i18n} />
          </h2>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm sm:grid-cols-[auto_1fr_auto_1fr_auto_1fr]">
            {!project.enterprise && (
              <>
                <dt className="text-muted">{m.enterpriseName}</dt>
                <dd>
                  <NotPublished lang={i18n.lang} />
                </dd>
              </>
            )}
            <dt className="text-muted">{m.sector}</dt>
            <dd>{codeLabel(SECTORS, project.sector, i18n.lang)}</dd>
            <dt className="text-muted">{m.status}</dt>
            <dd>{codeLabel(STATUSES, project.status, i18n.lang)}</dd>
            <dt className="text-muted">{m.totalInvestment}</dt>
            <dd data-field="investment">
              <MoneyValue wan={project.totalInvestment} lang={i18n.lang} />
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
