'use client';

import { PageContainer } from '@/components/ui/page-container';

/** Shown when a page fails on the server; the message stays plain and the details stay in the log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">抱歉，服务出现问题</h1>
      <p className="mb-2">请稍后再试。</p>
      <p className="mb-4">您填写或查看的内容没有丢失；如果问题持续，请稍后再访问本页面。</p>
      <button type="button" onClick={reset} className="bg-brand px-4 py-2 text-white underline-offset-4 hover:underline">
        重新加载
      </button>
    </PageContainer>
  );
}
