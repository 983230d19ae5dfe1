import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PageContainer } from '@/components/ui/page-container';
import type { I18n } from '@/lib/i18n/server';

/**
 * A public page: the header (whose language switch and navigation need the page's own path,
 * which a layout cannot know) and the main landmark. The footer comes from the layout.
 */
export function PublicPage({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <>
      <SiteHeader i18n={i18n} />
      <PageContainer>{children}</PageContainer>
    </>
  );
}
