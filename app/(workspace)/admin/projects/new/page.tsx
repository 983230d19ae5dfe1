import type { Metadata } from 'next';
import { projectFieldSpecs } from '@/components/admin/project-field-specs';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { createProject } from '@/lib/actions/projects';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { fetchLinkOptions } from '@/lib/data/admin-projects';

export const metadata: Metadata = { title: '新增项目' };

export default async function NewProjectPage() {
  await requireUser(ADMINS);
  const links = await fetchLinkOptions();
  const fields = [
    {
      name: 'slug',
      label: '网址标识（可选）',
      type: 'text' as const,
      hint: '小写字母、数字和连字符，发布后不再改变；留空则按名称拼音生成',
    },
    ...projectFieldSpecs(null, links).filter((field) => field.name !== 'expectedVersion'),
  ];
  return (
    <PageContainer>
      <h1 className="mb-2 text-3xl font-bold">新增项目</h1>
      <p className="mb-6 max-w-2xl">
        只录入有正式来源的项目（例如已公布名称的集中开工项目）。来源未公布的数值请留空，页面会显示“未公开”。
      </p>
      <ActionForm id="project" action={createProject} fields={fields} submitLabel="创建项目" />
    </PageContainer>
  );
}
