import type { Metadata } from 'next';
import { RecentChanges } from '@/components/admin/recent-changes';
import { SuccessBanner } from '@/components/admin/success-banner';
import { PageContainer } from '@/components/ui/page-container';
import { requireUser } from '@/lib/auth/guards';
import { ROLES } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import {
  countProjectsByStatus,
  fetchNewProjectsNotStarted,
  fetchOpenProblems,
  fetchOverdueMilestones,
  fetchRecentRevisions,
} from '@/lib/data/dashboard';
import { PROBLEM_LEVEL_CODES, PROBLEM_LEVELS, todayInChina } from '@/lib/domain/accountability';
import { STATUS_CODES, STATUSES, type Status } from '@/lib/domain/codelists';
import { savedMessage } from '@/lib/validations/admin-params';
import type { WithSearchParams } from '@/lib/validations/params';
import { adminProjectHref, adminProjectsHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: '概览' };

const statusLabel = (status: string) => STATUSES[status as Status]?.zh ?? status;
const projectLink = (project: { slug: string; name: string }) => (
  <AdminLink href={adminProjectHref(project.slug)}>{project.name}</AdminLink>
);

export default async function DashboardPage({ searchParams }: WithSearchParams) {
  await requireUser(ROLES);
  const today = todayInChina();
  const [byStatus, notStarted, overdue, problems, changes] = await Promise.all([
    countProjectsByStatus(db),
    fetchNewProjectsNotStarted(db),
    fetchOverdueMilestones(db, today),
    fetchOpenProblems(db, today),
    fetchRecentRevisions(db),
  ]);
  const counts = new Map(byStatus.map((row) => [row.status, row.count]));
  return (
    <PageContainer>
      <SuccessBanner message={savedMessage(await searchParams)} />
      <h1 className="mb-6 text-3xl font-bold">工作台概览</h1>

      <h2 className="mb-2 text-2xl font-bold">项目状态</h2>
      <DataTable
        columns={[{ label: '状态' }, { label: '项目数', numeric: true }]}
        rows={STATUS_CODES.map((status) => ({
          key: status,
          cells: [
            <AdminLink key="status" href={adminProjectsHref({ status })}>
              {statusLabel(status)}
            </AdminLink>,
            counts.get(status) ?? 0,
          ],
        }))}
        testId="status-counts"
        className="mb-8"
      />

      <h2 className="mb-2 text-2xl font-bold">2023年新建项目中 {notStarted.deadline ?? '（期限未载入）'} 前未开工的</h2>
      <p className="mb-2 text-muted">
        期限来自报道“71个新建项目原则上上半年全部开工”。只统计已录入并标为新建、属于2023年重点项目的项目。
      </p>
      {notStarted.projects.length === 0 ? (
        <p className="mb-8">没有。</p>
      ) : (
        <ul className="mb-8 ml-6 list-disc">
          {notStarted.projects.map((p) => (
            <li key={p.slug}>
              {projectLink(p)}（{statusLabel(p.status)}）
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-2 text-2xl font-bold">逾期督查节点</h2>
      {overdue.length === 0 ? (
        <p className="mb-8">没有。</p>
      ) : (
        <ul className="mb-8 ml-6 list-disc" data-testid="overdue-milestones">
          {overdue.map((m) => (
            <li key={m.id}>
              <AdminLink href={adminProjectHref(m.project.slug, 'view', {}, 'milestones')}>{m.title}</AdminLink>（
              {m.project.name}，时限 {m.dueDate}，逾期 {m.daysOverdue} 天，责任人 {m.responsible}）
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-2 text-2xl font-bold">未解决的梗阻问题</h2>
      <p className="mb-2">
        {PROBLEM_LEVEL_CODES.map(
          (level) => `${PROBLEM_LEVELS[level].zh} ${problems.filter((p) => p.level === level).length} 个`,
        ).join('；')}
      </p>
      {problems.length > 0 && (
        <ul className="mb-8 ml-6 list-disc">
          {problems.map((p) => (
            <li key={p.id}>
              <AdminLink href={adminProjectHref(p.project.slug, 'view', {}, 'problems')}>
                {p.project.name}：问题 {p.id}
              </AdminLink>
              （{PROBLEM_LEVELS[p.level as keyof typeof PROBLEM_LEVELS]?.zh ?? p.level}，已 {p.ageDays} 天
              {p.expedited ? '，特事特办' : ''}）
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-2 mt-8 text-2xl font-bold">最近的改动</h2>
      <RecentChanges changes={changes} />
    </PageContainer>
  );
}
