import type { Metadata } from 'next';
import { PageContainer } from '@/components/ui/page-container';
import { replaceRecoveryCodes } from '@/lib/actions/auth';
import { requireUser } from '@/lib/auth/guards';
import { ADMIN_HREF, TWO_FACTOR_HREF } from '@/lib/links';
import { ROLES } from '@/lib/auth/roles';
import { issueRecoveryCodes } from '@/lib/auth/second-factor';
import { db } from '@/lib/db';
import { AdminLink } from '@/components/admin/admin-link';

export const metadata: Metadata = { title: '恢复码' };

/**
 * Shows new recovery codes once: they are made on the first visit after enrolment (or after
 * asking for new ones) and only their hashes are kept, so a second visit cannot show them again.
 */
export default async function RecoveryCodesPage() {
  const user = await requireUser(ROLES);
  const codes = await issueRecoveryCodes(db, user.id);
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">恢复码</h1>
      {codes ? (
        <>
          <p className="mb-4 max-w-2xl font-bold">
            两步验证已开启。请把下面 10
            个恢复码抄下或打印，妥善保管：手机不在身边时，每个恢复码可代替验证码登录一次。本页只显示这一次。
          </p>
          <ul className="mb-6 grid max-w-md grid-cols-2 gap-2 font-mono text-lg" aria-label="恢复码">
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
          <AdminLink href={ADMIN_HREF}>进入工作台</AdminLink>
        </>
      ) : (
        <>
          <p className="mb-4 max-w-2xl">
            恢复码已经显示过，不能再次显示。如果遗失，可以生成新的恢复码（旧的立即失效）。
          </p>
          <form action={replaceRecoveryCodes} className="mb-4">
            <button
              type="submit"
              className="bg-light-grey px-4 py-2 font-bold shadow-[0_2px_0_var(--color-secondary-button-shadow)]"
            >
              生成新的恢复码
            </button>
          </form>
          <AdminLink href={TWO_FACTOR_HREF}>返回两步验证</AdminLink>
        </>
      )}
    </PageContainer>
  );
}
