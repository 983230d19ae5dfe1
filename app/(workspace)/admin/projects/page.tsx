import type { Metadata } from 'next';
import { PageContainer } from '@/components/ui/page-container';
import { requireUser } from '@/lib/auth/guards';
import { ROLES } from '@/lib/auth/roles';
import { fetchAdminProjects } from '@/lib/data/admin-projects';
import { z } from 'zod';
import { STATUS_CODES, STATUSES, type Status } from '@/lib/domain/codelists';
import type { WithSearchParams } from '@/lib/validations/params';
import { ADMIN_NEW_PROJECT_HREF, adminProjectHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: '项目' };

const filterSchema = z.object({ status: z.enum(STATUS_CODES).optional().catch(undefined) });

export default async function AdminProjectsPage({ searchParams }: WithSearchParams) {
  const user = await requireUser(ROLES);
  const { status } = filterSchema.parse(await searchParams);
  const projects = await fetchAdminProjects(user.id, status ?? null);
  const canEdit = (p: { assignedToMe: boolean }) => user.role === 'admin' || (user.role === 'editor' && p.assignedToMe);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">项目{status ? `：${STATUSES[status].zh}` : ''}</h1>
      {user.role === 'admin' && (
        <p className="mb-4">
          <AdminLink href={ADMIN_NEW_PROJECT_HREF}>新增项目</AdminLink>
        </p>
      )}
      <div className="overflow-x-auto">
        <DataTable
          caption={`全部项目（${projects.length} 个）`}
          columns={[{ label: '项目' }, { label: '状态' }, { label: '公开' }, { label: '操作' }]}
          rows={projects.map((project) => ({
            key: String(project.id),
            data: { 'data-project': project.slug },
            cells: [
              <>
                <AdminLink href={adminProjectHref(project.slug)}>{project.name}</AdminLink>
                {project.code && <span className="block text-sm text-muted">编码 {project.code}</span>}
              </>,
              STATUSES[project.status as Status]?.zh ?? project.status,
              project.published ? '是' : '否',
              canEdit(project) ? (
                <span className="flex flex-wrap gap-3">
                  <AdminLink href={adminProjectHref(project.slug, 'status')}>
                    更新状态<span className="sr-only">：{project.name}</span>
                  </AdminLink>
                  <AdminLink href={adminProjectHref(project.slug, 'edit')}>
                    修改<span className="sr-only">：{project.name}</span>
                  </AdminLink>
                </span>
              ) : (
                <span className="text-muted">只读</span>
              ),
            ],
          }))}
        />
      </div>
    </PageContainer>
  );
}
