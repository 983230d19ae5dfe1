'use client';

import { useParams } from 'next/navigation';
import { PageContainer } from '@/components/ui/page-container';
import { langFromSegment } from '@/lib/i18n/locales';

// Written out for each language: a client component cannot load the converter.
const MESSAGES = {
  'zh-Hans': { title: '抱歉，服务出现问题', later: '请稍后再试。', kept: '如果问题持续，请稍后再访问本页面。', retry: '重新加载' },
  'zh-Hant': { title: '抱歉，服務出現問題', later: '請稍後再試。', kept: '如果問題持續，請稍後再訪問本頁面。', retry: '重新載入' },
  en: { title: 'Sorry, there is a problem with the service', later: 'Try again later.', kept: 'If the problem continues, come back to this page later.', retry: 'Try again' },
};

/** Shown when a page fails on the server; the message stays plain and the details stay in the log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const m = MESSAGES[langFromSegment(String(useParams<{ lang: string }>().lang))];
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">{m.title}</h1>
      <p className="mb-2">{m.later}</p>
      <p className="mb-4">{m.kept}</p>
      <button type="button" onClick={reset} className="bg-brand px-4 py-2 text-white underline-offset-4 hover:underline">
        {m.retry}
      </button>
    </PageContainer>
  );
}
