import { enrolmentQrCode } from '@/lib/auth/totp-qr';

// The blank margin QR readers need around the code, in modules (ISO/IEC 18004).
const QUIET_ZONE = 4;

/**
 * The authenticator app's key as a QR code, inline SVG (no script, nothing for the CSP to allow).
 * Its text alternative says what it is; the key itself is written beside it for typing.
 */
export function TotpQrCode({ secret, username }: { secret: string; username: string }) {
  const { size, path } = enrolmentQrCode(secret, username);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      role="img"
      aria-label="两步验证二维码：用身份验证器应用扫描，添加本账户"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
      className="h-auto w-64 shrink-0 border border-rule"
      data-testid="totp-qr-code"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#0b0c0c" />
    </svg>
  );
}
