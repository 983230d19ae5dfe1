import { ActionForm } from '@/components/forms/action-form';
import { confirmTwoFactor } from '@/lib/actions/auth';
import { groupSecret, otpauthUri } from '@/lib/auth/totp';

/**
 * Enrolment: the key for the authenticator app (as a link that phone browsers hand to the app,
 * and typed in groups of four), then a code from the app to show it was set up right.
 */
export function TwoFactorSetup({ secret, username }: { secret: string; username: string }) {
  return (
    <>
      <ol className="mb-6 max-w-2xl list-decimal space-y-2 pl-6">
        <li>在手机上安装身份验证器应用（例如 Microsoft Authenticator、Google 身份验证器、FreeOTP）。</li>
        <li>
          在应用中添加账户，手动输入以下密钥（基于时间）：
          <p className="my-2 font-mono text-xl tracking-wider" data-totp-secret={secret}>
            {groupSecret(secret)}
          </p>
          在手机上阅读本页时，也可以直接打开
          <a href={otpauthUri(secret, username)} className="text-brand underline">
            添加到身份验证器
          </a>
          的链接。
        </li>
        <li>输入应用显示的 6 位数字，确认设置。</li>
      </ol>
      <ActionForm
        id="two-factor"
        action={confirmTwoFactor}
        submitLabel="开启两步验证"
        fields={[{ name: 'code', label: '验证码', type: 'text', autoComplete: 'one-time-code' }]}
      />
    </>
  );
}
