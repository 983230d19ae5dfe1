import type { Metadata } from 'next';
import { TwoFactorSetup } from '@/components/auth/two-factor-setup';
import { PageContainer } from '@/components/ui/page-container';
import { replaceRecoveryCodes } from '@/lib/actions/auth';
import { requireEnrollee } from '@/lib/auth/guards';
import { enrolmentSecret } from '@/lib/auth/second-factor';
import { db } from '@/lib/db';

export const metadata: Metadata = { title: '两步验证' };

/** Enrol a second factor (required for admins before their first session), or see that it is on. */
export default async function TwoFactorPage() {
  const enrollee = await requireEnrollee();
  const secret = await enrolmentSecret(db, enrollee.id);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">两步验证</h1>
      {secret === null ? (
        <>
          <p className="mb-4 max-w-2xl">两步验证已开启：登录时除密码外还要输入身份验证器应用中的验证码。</p>
          <form action={replaceRecoveryCodes}>
            <button
              type="submit"
              className="bg-light-grey px-4 py-2 font-bold shadow-[0_2px_0_var(--color-secondary-button-shadow)]"
            >
              生成新的恢复码（旧的立即失效）
            </button>
          </form>
        </>
      ) : (
        <>
          <p className="mb-4 max-w-2xl">
            {enrollee.viaChallenge
              ? '管理员账户必须先开启两步验证，才能进入工作台。'
              : '开启两步验证后，登录时除密码外还要输入手机身份验证器应用中的验证码。'}
          </p>
          <TwoFactorSetup secret={secret} username={enrollee.username} />
        </>
      )}
    </PageContainer>
  );
}
