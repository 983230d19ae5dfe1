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
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">全部项目（{projects.length} 个）</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                项目
              </th>
              <th scope="col" className="py-2 pr-4">
                状态
              </th>
              <th scope="col" className="py-2 pr-4">
                公开
              </th>
              <th scope="col" className="py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id} className="border-b border-rule" data-project={project.slug}>
                <td className="py-2 pr-4">
                  <AdminLink href={adminProjectHref(project.slug)}>{project.name}</AdminLink>
                  {project.code && <span className="block text-sm text-muted">编码 {project.code}</span>}
                </td>
                <td className="py-2 pr-4">{STATUSES[project.status as Status]?.zh ?? project.status}</td>
                <td className="py-2 pr-4">{project.published ? '是' : '否'}</td>
                <td className="py-2">
                  {canEdit(project) ? (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageContainer>
  );
}
