import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { describe, expect, it } from 'vitest';
import { enrolmentQrCode } from '@/lib/auth/totp-qr';

// The enrolment address of account "wang" with key GEZDGNBV, written out by hand (as in totp.test.ts).
const URI =
  'otpauth://totp/%E9%95%BF%E6%B8%85%E5%8C%BA%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%B7%A5%E4%BD%9C%E5%8F%B0%3Awang?secret=GEZDGNBV&issuer=%E9%95%BF%E6%B8%85%E5%8C%BA%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%B7%A5%E4%BD%9C%E5%8F%B0&algorithm=SHA1&digits=6&period=30';

describe('the enrolment QR code', () => {
  it('draws exactly the enrolment address, module for module, as lean-qr encodes it', () => {
    const expected = generate(URI);
    expect(enrolmentQrCode('GEZDGNBV', 'wang')).toEqual({ size: expected.size, path: toSvgPath(expected) });
    // The 260-character address takes a version 9 code: 53 modules a side.
    expect(expected.size).toBe(53);
  });

  it('changes with the key and with the account', () => {
    const drawn = enrolmentQrCode('GEZDGNBV', 'wang').path;
    expect(enrolmentQrCode('GEZDGNBW', 'wang').path).not.toBe(drawn);
    expect(enrolmentQrCode('GEZDGNBV', 'wang2').path).not.toBe(drawn);
  });
});
