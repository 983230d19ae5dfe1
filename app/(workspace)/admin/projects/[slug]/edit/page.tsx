import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { projectFieldSpecs } from '@/components/admin/project-field-specs';
import { ProjectFormPage } from '@/components/admin/project-form-page';
import { ActionForm } from '@/components/forms/action-form';
import { updateProject } from '@/lib/actions/projects';
import { requireProjectEditor, requireUser } from '@/lib/auth/guards';
import { WRITERS } from '@/lib/auth/roles';
import { fetchLinkOptions, fetchProjectForEdit } from '@/lib/data/admin-projects';
import { parseSlug, type WithParams } from '@/lib/validations/params';

export const metadata: Metadata = { title: '修改项目' };

export default async function EditProjectPage({ params }: WithParams<{ slug: string }>) {
  await requireUser(WRITERS);
  const slug = parseSlug((await params).slug);
  if (!slug) notFound();
  const [project, links] = await Promise.all([fetchProjectForEdit(slug), fetchLinkOptions()]);
  if (!project) notFound();
  await requireProjectEditor(slug);
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
