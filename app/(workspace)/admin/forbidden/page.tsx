import type { Metadata } from 'next';
import { PageContainer } from '@/components/ui/page-container';
import { requireUser } from '@/lib/auth/guards';
import { ROLES } from '@/lib/auth/roles';
import { ADMIN_HREF } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';

export const metadata: Metadata = { title: '没有权限' };

export default async function ForbiddenPage() {
  await requireUser(ROLES);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">没有权限</h1>
      <p className="mb-4">
        您的账户不能进行这项操作。编辑只能修改分配给自己的项目；只读账户只能查看。如需权限，请联系管理员。
      </p>
      <AdminLink href={ADMIN_HREF}>返回工作台概览</AdminLink>
    </PageContainer>
  );
}
