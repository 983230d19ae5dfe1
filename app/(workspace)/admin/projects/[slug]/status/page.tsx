import type { Metadata } from 'next';
import { statusUpdateFieldSpecs } from '@/components/admin/project-field-specs';
import { ProjectFormPage } from '@/components/admin/project-form-page';
import { ActionForm } from '@/components/forms/action-form';
import { updateProjectStatus } from '@/lib/actions/projects';
import { requireProjectEditor } from '@/lib/auth/guards';
import { STATUSES, type Status } from '@/lib/domain/codelists';
import type { WithParams } from '@/lib/validations/params';
import { adminProjectHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';

export const metadata: Metadata = { title: '更新状态' };

/** The short form an official uses most: one click from the project's workspace page. */
export default async function UpdateStatusPage({ params }: WithParams<{ slug: string }>) {
  const { slug, project } = await requireProjectEditor((await params).slug);
  const current = STATUSES[project.status as Status]?.zh ?? project.status;
  return (
    <ProjectFormPage slug={slug} title={`更新状态：${project.name}`}>
      <p className="mb-6">
        现在公开的状态：{current}
        {project.statusDate ? `（自 ${project.statusDate} 起）` : ''}。其他信息请在
        <AdminLink href={adminProjectHref(slug, 'edit')}>修改项目信息</AdminLink>
        中修改。
      </p>
      <ActionForm
        id="status"
        action={updateProjectStatus.bind(null, slug)}
        fields={statusUpdateFieldSpecs(project)}
        submitLabel="更新状态"
      />
    </ProjectFormPage>
  );
}
