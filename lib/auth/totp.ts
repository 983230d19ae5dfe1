import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them by default:
 * HMAC-SHA-1, 6 digits, 30-second steps. node:crypto is all it takes, so no dependency.
 */
export const STEP_SECONDS = 30;
export const DIGITS = 6;
// One step either side: a phone clock a little off, or a code typed as it changes.
const WINDOW = 1;
const ISSUER = '长清区重点项目工作台';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

export function base32Decode(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.toUpperCase().replace(/[\s=-]/g, '')) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** 160 random bits, the size RFC 4226 recommends for HMAC-SHA-1. */
export function generateSecret(): string {
  return base32Encode(randomBytes(20));
}

export function stepAt(epochMs: number): number {
  return Math.floor(epochMs / 1_000 / STEP_SECONDS);
}

/** The code for one step (RFC 4226 dynamic truncation). `digits` and `algorithm` for the test vectors. */
export function codeForStep(key: Buffer, step: number, digits = DIGITS, algorithm = 'sha1'): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac(algorithm, key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The step whose code this is (within one step of now), or null. The caller refuses a step used before. */
export function matchingStep(secret: string, code: string, epochMs: number): number | null {
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(code)) return null;
  const key = base32Decode(secret);
  const now = stepAt(epochMs);
  let found: number | null = null;
  // Every candidate is compared, in constant time, so the answer's timing says nothing.
  for (let step = now - WINDOW; step <= now + WINDOW; step += 1) {
    if (timingSafeEqual(Buffer.from(codeForStep(key, step)), Buffer.from(code)) && found === null) found = step;
  }
  return found;
}

/** What an authenticator app reads (as a link or typed in): issuer, account, secret. */
export function otpauthUri(secret: string, username: string): string {
  const label = encodeURIComponent(`${ISSUER}:${username}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(ISSUER)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}
