import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { submitSignInCode } from '@/lib/actions/auth';
import { getChallengeUser } from '@/lib/auth/guards';
import { SIGN_IN_HREF } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

export const metadata: Metadata = { title: '两步验证' };

/** The sign-in's second step, reached only with a right password (the challenge cookie). */
export default async function SignInCodePage() {
  const user = await getChallengeUser();
  if (!user?.totpEnabled) redirect(SIGN_IN_HREF);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">两步验证</h1>
      <p className="mb-6 max-w-xl">请打开手机上的身份验证器应用，输入“长清区重点项目工作台”当前显示的 6 位数字。</p>
      <ActionForm
        id="sign-in-code"
        action={submitSignInCode}
        submitLabel="继续"
        fields={[
          {
            name: 'code',
            label: '验证码',
            type: 'text',
            autoComplete: 'one-time-code',
            hint: '没有手机时，可以输入一个恢复码（每个恢复码只能用一次）。',
          },
        ]}
      />
      <TextLink href={SIGN_IN_HREF}>重新登录</TextLink>
    </PageContainer>
  );
}
