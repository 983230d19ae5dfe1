import { describe, expect, it } from 'vitest';
import { addressGroup, clientAddress } from '@/lib/auth/client-address';
import { delayAfter } from '@/lib/auth/throttle';
import {
  base32Decode,
  base32Encode,
  codeForStep,
  generateSecret,
  matchingStep,
  otpauthUri,
  stepAt,
} from '@/lib/auth/totp';

// RFC 6238 appendix B: the seeds are the ASCII digits "1234567890" repeated to the hash's size.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)(
    'at %i s gives the RFC test vectors for SHA-1, SHA-256 and SHA-512',
    (seconds, sha1, sha256, sha512) => {
      const step = stepAt(seconds * 1_000);
      expect(codeForStep(SEEDS.sha1, step, 8, 'sha1')).toBe(sha1);
      expect(codeForStep(SEEDS.sha256, step, 8, 'sha256')).toBe(sha256);
      expect(codeForStep(SEEDS.sha512, step, 8, 'sha512')).toBe(sha512);
    },
  );

  it('accepts the code of the current step and one either side, nothing further, and says which step', () => {
    const secret = base32Encode(SEEDS.sha1);
    const now = 1_234_567_890_000;
    const step = stepAt(now);
    expect(matchingStep(secret, codeForStep(SEEDS.sha1, step), now)).toBe(step);
    expect(matchingStep(secret, codeForStep(SEEDS.sha1, step - 1), now)).toBe(step - 1);
    expect(matchingStep(secret, codeForStep(SEEDS.sha1, step + 1), now)).toBe(step + 1);
    expect(matchingStep(secret, codeForStep(SEEDS.sha1, step - 2), now)).toBeNull();
    expect(matchingStep(secret, codeForStep(SEEDS.sha1, step + 2), now)).toBeNull();
    expect(matchingStep(secret, '12345', now)).toBeNull();
  });

  it('encodes base32 as authenticator apps read it (RFC 4648 vectors), both ways', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(base32Encode(SEEDS.sha1)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(generateSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('writes the otpauth address with issuer, account and parameters', () => {
    expect(otpauthUri('GEZDGNBV', 'wang')).toBe(
      'otpauth://totp/%E9%95%BF%E6%B8%85%E5%8C%BA%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%B7%A5%E4%BD%9C%E5%8F%B0%3Awang?secret=GEZDGNBV&issuer=%E9%95%BF%E6%B8%85%E5%8C%BA%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%B7%A5%E4%BD%9C%E5%8F%B0&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('throttle delays and client addresses', () => {
  it('lets 5 failures pass, then doubles from 1 s up to 15 minutes', () => {
    expect([4, 5, 6, 7, 14, 15, 40].map((failures) => delayAfter(failures, 5))).toEqual([
      0, 1_000, 2_000, 4_000, 512_000, 900_000, 900_000,
    ]);
  });

  it('trusts x-forwarded-for only as far as TRUSTED_PROXY_HOPS says, and groups IPv6 by /64', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
    expect(clientAddress(headers, 0)).toBeNull();
    expect(clientAddress(headers, 1)).toBe('198.51.100.7');
    expect(clientAddress(headers, 2)).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'not an address' }), 1)).toBeNull();
    expect(addressGroup('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressGroup('2001:db8:0:12::1')).toBe('2001:db8:0:12::/64');
    expect(addressGroup('2001:0db8:0000:0012:abcd::7')).toBe('2001:db8:0:12::/64');
    expect(addressGroup('2001:db8::')).toBe('2001:db8:0:0::/64');
  });
});
