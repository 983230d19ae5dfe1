import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SIGN_IN_HREF } from '@/lib/links';

/**
 * The password step is a route handler (it must answer 413 and 429 with Retry-After, which a
 * server action cannot), so a refused sign-in is shown by the sign-in page after a redirect.
 * What the page shows — the message, field errors and the user name as typed, never the
 * password — travels in this short-lived cookie, tied to a random `?n=` in the address: a later
 * plain visit to the page shows a clean form, a reload of the answer shows it again.
 */
export const NOTICE_COOKIE = 'portal_sign_in_notice';
export const NOTICE_LIFETIME_MS = 60_000;

const noticeSchema = z.object({
  n: z.string(),
  username: z.string().max(100),
  errors: z.record(z.string(), z.string()),
  message: z.string().optional(),
});
export type SignInNotice = z.infer<typeof noticeSchema>;

export function newNotice(fields: Omit<SignInNotice, 'n'>): SignInNotice {
  return { n: randomBytes(9).toString('base64url'), ...fields };
}

export function encodeNotice(notice: SignInNotice): string {
  return Buffer.from(JSON.stringify(notice)).toString('base64url');
}

/** The notice for this address's `n`, or null (missing, stale, forged into nonsense). */
export function readNotice(cookie: string | undefined, n: unknown): SignInNotice | null {
  if (!cookie || typeof n !== 'string') return null;
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.n === n ? parsed.data : null;
  } catch {
    return null;
  }
}

export function noticeAddress(notice: SignInNotice): string {
  return `${SIGN_IN_HREF}?n=${notice.n}`;
}
