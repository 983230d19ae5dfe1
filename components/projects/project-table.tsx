import { ProjectNameLink } from '@/components/projects/project-name-link';
import { MoneyValue } from '@/components/ui/money-value';
import { NotPublished } from '@/components/ui/not-published';
import { DataTable, type TableColumn } from '@/components/ui/data-table';
import type { ProjectListItem } from '@/lib/data/projects';
import { SECTORS, STATUSES } from '@/lib/domain/codelists';
import { formatDate } from '@/lib/domain/format';
import { codeLabel } from '@/lib/i18n/code-label';
import { projectFieldLabels } from '@/lib/fields/project-labels';
import { pickMessages } from '@/lib/i18n/messages';
import { projectMessages } from '@/lib/i18n/messages/projects';
import type { I18n } from '@/lib/i18n/server';
import { projectsHref } from '@/lib/links';
import {
  DEFAULT_DIRECTIONS,
  projectFiltersQuery,
  sortDirection,
  type ProjectFilters,
} from '@/lib/validations/project-filters';
import { TextLink } from '@/components/ui/text-link';

type Props = { projects: ProjectListItem[]; filters: ProjectFilters; i18n: I18n };

/**
 * The listing as a table (/projects?view=table). A sortable column's header is a plain GET link
 * (no JavaScript): to that column in its own direction, or, on the sorted column, to the reverse;
 * the filters stay, the page goes back to 1. The sorted header carries aria-sort. Sector and
 * status are codes without a meaningful order of their own, so they are not sortable. On a phone
 * each row becomes a summary list (DataTable); the filter form's order choice sorts there.
 */
export function ProjectTable({ projects, filters, i18n }: Props) {
  const m = pickMessages(i18n.lang, projectMessages);
  const labels = pickMessages(i18n.lang, projectFieldLabels);
  const dir = sortDirection(filters);
  const sortable = (sort: ProjectFilters['sort'], label: string): TableColumn => {
    const sorted = filters.sort === sort;
    const next = sorted ? (dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTIONS[sort];
    const href = i18n.href(projectsHref(projectFiltersQuery(filters, { sort, dir: next, page: 1 }), 'table'));
    const header = (
      <TextLink href={href} className="inline-flex min-h-11 items-center gap-1">
        {label}
        {sorted && <span aria-hidden="true">{dir === 'asc' ? '▲' : '▼'}</span>}
      </TextLink>
    );
    return { label, header, sort: sorted ? (dir === 'asc' ? 'ascending' : 'descending') : undefined };
  };
  const columns: TableColumn[] = [
    sortable('name', m.projectColumn),
    { label: labels.sector },
    { label: labels.status },
    { ...sortable('investment', labels.totalInvestment), numeric: true },
    sortable('date', labels.startDate),
  ];
  const rows = projects.map((project) => ({
    key: project.slug,
    cells: [
      <ProjectNameLink key="name" project={project} i18n={i18n} />,
      codeLabel(SECTORS, project.sector, i18n.lang),
      codeLabel(STATUSES, project.status, i18n.lang),
      <MoneyValue key="investment" wan={project.totalInvestment} lang={i18n.lang} />,
      project.startDate ? formatDate(project.startDate, i18n.lang) : <NotPublished key="date" lang={i18n.lang} />,
    ],
  }));
  return <DataTable caption={m.tableCaption} columns={columns} rows={rows} testId="project-table" className="mb-4" />;
}
