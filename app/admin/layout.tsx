import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

// Internal pages: never indexed, never cached.
export const metadata: Metadata = { title: { default: '工作人员工作台', template: '%s - 工作人员工作台' }, robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const i18n = await getI18n();
  // The workspace is in Simplified Chinese only: /zh-hant/admin and /en/admin go to /admin.
  if (i18n.lang !== 'zh-Hans') redirect(i18n.path);
  const user = await getCurrentUser();
  return (
    <>
      {user && <AdminNav user={user} />}
      {children}
    </>
  );
}
