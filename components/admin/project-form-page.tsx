import type { ReactNode } from 'react';
import { PageContainer } from '@/components/ui/page-container';
import { adminProjectHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';

/** The frame of a project's form pages (full edit, status update): the way back, the heading, the form. */
export function ProjectFormPage({ slug, title, children }: { slug: string; title: string; children: ReactNode }) {
  return (
    <PageContainer>
      <p className="mb-2">
        <AdminLink href={adminProjectHref(slug)}>返回项目工作页</AdminLink>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{title}</h1>
      {children}
    </PageContainer>
  );
}
