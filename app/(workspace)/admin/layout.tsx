import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/guards';
import '../../globals.css';
import { ADMIN_HREF } from '@/lib/links';

/**
 * The root layout of the officials' workspace: its own route group, so that the public pages'
 * layout (and its cached queries) never runs here, and the only place that reads the session.
 * Always rendered per request, never cached, never indexed. Simplified Chinese only:
 * next.config.ts redirects /zh-hant/admin and /en/admin here.
 */
export const metadata: Metadata = {
  title: { default: '工作人员工作台', template: '%s - 工作人员工作台' },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="zh-Hans">
      <body className="flex min-h-screen flex-col bg-white">
        <header className="bg-brand text-white">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2"
          >
            跳到主要内容
          </a>
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href={ADMIN_HREF} className="text-lg font-bold text-white no-underline hover:underline">
              工作人员工作台
            </Link>
            <a href="/" className="text-white underline">
              长清区重点项目公开平台
            </a>
          </div>
        </header>
        {user && <AdminNav user={user} />}
        <div className="flex-1">{children}</div>
      </body>
    </html>
  );
}
