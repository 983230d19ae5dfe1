import Link from 'next/link';
import { PageContainer } from '@/components/ui/page-container';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const i18n = await getI18n();
  const m = pickMessages(i18n.lang, layoutMessages).notFound;
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">{m.title}</h1>
      <p className="mb-2">{m.typed}</p>
      <p className="mb-2">{m.pasted}</p>
      <p>
        <Link href={i18n.href('/')} className="text-brand underline">
          {m.goHome}
        </Link>
        {' · '}
        <Link href={i18n.href('/sources')} className="text-brand underline">
          {m.orSources}
        </Link>
      </p>
    </PageContainer>
  );
}
