import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { signIn } from '@/lib/actions/auth';
import { getCurrentUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: '工作人员登录' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentUser()) redirect('/admin');
  const signedOut = (await searchParams).signedOut === '1';
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">工作人员登录</h1>
      {signedOut && (
        <p role="status" className="mb-4 border-l-4 border-[#00703c] bg-[#f3f9f5] p-3">
          您已退出登录。
        </p>
      )}
      <p className="mb-6 max-w-xl">本页面仅供负责重点项目信息的工作人员使用。账户由管理员开设。</p>
      <ActionForm
        id="sign-in"
        action={signIn}
        submitLabel="登录"
        fields={[
          { name: 'username', label: '用户名', type: 'text', autoComplete: 'username' },
          { name: 'password', label: '密码', type: 'password', autoComplete: 'current-password' },
        ]}
      />
    </PageContainer>
  );
}
