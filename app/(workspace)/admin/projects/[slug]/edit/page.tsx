import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { projectFieldSpecs } from '@/components/admin/project-field-specs';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { updateProject } from '@/lib/actions/projects';
import { requireProjectEditor, requireUser } from '@/lib/auth/guards';
import { WRITERS } from '@/lib/auth/roles';
import { fetchLinkOptions, fetchProjectForEdit } from '@/lib/data/admin-projects';
import { parseSlugParam } from '@/lib/validations/admin-params';

export const metadata: Metadata = { title: '修改项目' };

export default async function EditProjectPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser(WRITERS);
  const slug = parseSlugParam((await params).slug);
  if (!slug) notFound();
  const [project, links] = await Promise.all([fetchProjectForEdit(slug), fetchLinkOptions()]);
  if (!project) notFound();
  await requireProjectEditor(slug);
  return (
    <PageContainer>
      <p className="mb-2">
        <Link href={`/admin/projects/${slug}`} className="text-brand underline">
          返回项目工作页
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">修改项目：{project.name}</h1>
      <ActionForm id="project" action={updateProject.bind(null, slug)} fields={projectFieldSpecs(project, links)} submitLabel="保存" />
    </PageContainer>
  );
}
