import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MilestoneSection } from '@/components/admin/milestone-section';
import { ProblemSection } from '@/components/admin/problem-section';
import { ResponsibilitySection } from '@/components/admin/responsibility-section';
import { SuccessBanner } from '@/components/admin/success-banner';
import { NotPublished } from '@/components/ui/not-published';
import { PageContainer } from '@/components/ui/page-container';
import { SummaryList } from '@/components/ui/summary-list';
import { requireUser } from '@/lib/auth/guards';
import { canEditProject, ROLES } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { fetchProjectWorkspace } from '@/lib/data/admin-projects';
import { todayInChina } from '@/lib/domain/accountability';
import { STATUSES, type Status } from '@/lib/domain/codelists';
import { formatMoney } from '@/lib/domain/format';
import { projectFieldLabels } from '@/lib/fields/project-labels';
import { pickMessages } from '@/lib/i18n/messages';
import { adminProjectHref, projectHref } from '@/lib/links';
import { parseSlug, type WithParams, type WithSearchParams } from '@/lib/validations/params';
import { savedMessage } from '@/lib/validations/admin-params';
import { AdminLink } from '@/components/admin/admin-link';

export const metadata: Metadata = { title: '项目工作页' };

const L = pickMessages('zh-Hans', projectFieldLabels);

const money = (wan: number | null) =>
  wan === null ? <NotPublished lang="zh-Hans" /> : `${formatMoney(wan).number}${formatMoney(wan).unit}`;
const plain = (value: string | number | null, suffix = '') =>
  value === null ? <NotPublished lang="zh-Hans" /> : `${value}${suffix}`;

export default async function ProjectWorkspacePage({
  params,
  searchParams,
}: WithParams<{ slug: string }> & WithSearchParams) {
  const user = await requireUser(ROLES);
  const slug = parseSlug((await params).slug);
  if (!slug) notFound();
  const project = await fetchProjectWorkspace(slug);
  if (!project) notFound();
  const canEdit = await canEditProject(db, user, project.id);
  return (
    <PageContainer>
      <SuccessBanner message={savedMessage(await searchParams)} />
      <h1 className="mb-2 text-3xl font-bold">{project.name}</h1>
      <p className="mb-4 flex flex-wrap gap-4">
        {canEdit && (
          <>
            <AdminLink href={adminProjectHref(project.slug, 'status')} className="font-bold">
              更新状态
            </AdminLink>
            <AdminLink href={adminProjectHref(project.slug, 'edit')}>修改项目信息</AdminLink>
          </>
        )}
        {project.published && <AdminLink href={projectHref(project.slug)}>查看公开页面</AdminLink>}
      </p>
      <div className="mb-10" data-testid="project-summary">
        <SummaryList
          rows={[
            {
              key: 'status',
              label: L.status,
              value: `${STATUSES[project.status as Status]?.zh ?? project.status}${project.statusDate ? `（${project.statusDate}起）` : ''}`,
            },
            { key: 'total', label: L.totalInvestment, value: money(project.totalInvestment) },
            { key: 'annual', label: L.annualPlanInvestment, value: money(project.annualPlanInvestment) },
            { key: 'completed', label: L.completedInvestment, value: money(project.completedInvestment) },
            { key: 'progress', label: L.progressPercent, value: plain(project.progressPercent, '%') },
            { key: 'start', label: L.startDate, value: plain(project.startDate) },
            { key: 'planned', label: L.plannedCompletionDate, value: plain(project.plannedCompletionDate) },
            { key: 'version', label: '版本', value: String(project.version) },
          ]}
        />
      </div>
      <ResponsibilitySection project={project} canEdit={canEdit} />
      <MilestoneSection project={project} canEdit={canEdit} today={todayInChina()} />
      <ProblemSection project={project} canEdit={canEdit} />
    </PageContainer>
  );
}
