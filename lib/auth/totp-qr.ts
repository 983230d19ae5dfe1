import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { otpauthUri } from '@/lib/auth/totp';

/**
 * The enrolment address (otpauth://…) as a QR code for the authenticator app to scan: its modules
 * as one SVG path, drawn on the server so the page needs no script. `size` is the code's width in
 * modules, without the quiet zone around it.
 */
export function enrolmentQrCode(secret: string, username: string): { size: number; path: string } {
  const code = generate(otpauthUri(secret, username));
  return { size: code.size, path: toSvgPath(code) };
}
