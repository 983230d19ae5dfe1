import { TotpQrCode } from '@/components/auth/totp-qr-code';
import { ActionForm } from '@/components/forms/action-form';
import { confirmTwoFactor } from '@/lib/actions/auth';
import { groupSecret, otpauthUri } from '@/lib/auth/totp';
import { TextLink } from '@/components/ui/text-link';

/**
 * Enrolment: the key for the authenticator app (as a QR code to scan, typed in groups of four,
 * and as a link that phone browsers hand to the app), then a code from the app to show it was set
 * up right.
 */
export function TwoFactorSetup({ secret, username }: { secret: string; username: string }) {
  return (
    <>
      <ol className="mb-6 max-w-2xl list-decimal space-y-2 pl-6">
        <li>在手机上安装身份验证器应用（例如 Microsoft Authenticator、Google 身份验证器、FreeOTP）。</li>
        <li>
          在应用中添加账户：扫描二维码，或手动输入二维码旁的密钥（基于时间）。
          <div className="my-3 flex flex-wrap items-center gap-6">
            <TotpQrCode secret={secret} username={username} />
            <div>
              <p className="mb-1">密钥：</p>
              <p className="font-mono text-xl tracking-wider" data-totp-secret={secret}>
                {groupSecret(secret)}
              </p>
            </div>
          </div>
          在手机上阅读本页时，也可以直接打开
          <TextLink href={otpauthUri(secret, username)}>添加到身份验证器</TextLink>
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
