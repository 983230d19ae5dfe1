import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageContainer } from '@/components/ui/page-container';
import { getCurrentUser } from '@/lib/auth/guards';
import { NOTICE_COOKIE, readNotice } from '@/lib/auth/sign-in-notice';
import type { WithSearchParams } from '@/lib/validations/params';
import { ADMIN_HREF } from '@/lib/links';

export const metadata: Metadata = { title: '工作人员登录' };

export default async function SignInPage({ searchParams }: WithSearchParams) {
  if (await getCurrentUser()) redirect(ADMIN_HREF);
  const params = await searchParams;
  const signedOut = params.signedOut === '1';
  const notice = readNotice((await cookies()).get(NOTICE_COOKIE)?.value, params.n);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">工作人员登录</h1>
      {signedOut && (
        <p role="status" className="mb-4 border-l-4 border-success bg-success-tint p-3">
          您已退出登录。
        </p>
      )}
      <p className="mb-6 max-w-xl">本页面仅供负责重点项目信息的工作人员使用。账户由管理员开设。</p>
      <SignInForm notice={notice} />
    </PageContainer>
  );
}
