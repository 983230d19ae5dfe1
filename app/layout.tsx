import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

// Every page reads the live database: officials' updates must show at once.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: '长清区重点项目公开平台', template: '%s - 长清区重点项目公开平台' },
  description: '济南市长清区重点项目、集中开工项目、“1+4”工作主线与“两年见效”的公开信息，每个数据附原文出处。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <body className="flex min-h-screen flex-col bg-white">
        <SiteHeader />
        <div className="flex-1">{children}</div>
        <SiteFooter />
      </body>
    </html>
  );
}
