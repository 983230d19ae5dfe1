import { PublicPage } from '@/components/layout/public-page';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import type { I18n } from '@/lib/i18n/server';
import { TextLink } from '@/components/ui/text-link';

/** "Page not found", as not-found.tsx shows it and as /page-not-found serves it for the front door. */
export function NotFoundContent({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, layoutMessages).notFound;
  return (
    <PublicPage i18n={i18n}>
      <h1 className="mb-4 text-3xl font-bold">{m.title}</h1>
      <p className="mb-2">{m.typed}</p>
      <p className="mb-2">{m.pasted}</p>
      <p>
        <TextLink href={i18n.href('/')}>{m.goHome}</TextLink>
        {' · '}
        <TextLink href={i18n.href('/sources')}>{m.orSources}</TextLink>
      </p>
    </PublicPage>
  );
}
