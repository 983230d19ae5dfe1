import Link from 'next/link';
import { PageContainer } from '@/components/ui/page-container';

export default function NotFound() {
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">未找到页面</h1>
      <p className="mb-2">如果您是输入的网址，请检查网址是否正确。</p>
      <p className="mb-2">如果您是粘贴的网址，请检查是否复制了完整的网址。</p>
      <p>
        您可以返回<Link href="/" className="text-brand underline">首页</Link>，或查看<Link href="/sources" className="text-brand underline">数据来源</Link>。
      </p>
    </PageContainer>
  );
}
