import type { Metadata } from 'next';
import { projectFieldSpecs } from '@/components/admin/project-field-specs';
import { ProjectFormPage } from '@/components/admin/project-form-page';
import { ActionForm } from '@/components/forms/action-form';
import { updateProject } from '@/lib/actions/projects';
import { requireProjectEditor } from '@/lib/auth/guards';
import { fetchLinkOptions } from '@/lib/data/admin-projects';
import type { WithParams } from '@/lib/validations/params';

export const metadata: Metadata = { title: '修改项目' };

export default async function EditProjectPage({ params }: WithParams<{ slug: string }>) {
  const { slug, project } = await requireProjectEditor((await params).slug);
  const links = await fetchLinkOptions();
  return (
    <ProjectFormPage slug={slug} title={`修改项目：${project.name}`}>
      <ActionForm
        id="project"
        action={updateProject.bind(null, slug)}
        fields={projectFieldSpecs(project, links)}
        submitLabel="保存"
      />
    </ProjectFormPage>
  );
}
