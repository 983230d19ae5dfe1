import { ABSOLUTE_LIFETIME_MS } from '@/lib/auth/sessions';

/** Secure when the request reached us over https (directly or through a proxy that says so). */
export function isHttps(headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (forwarded) return forwarded === 'https';
  return (headers.get('origin') ?? headers.get('referer') ?? '').startsWith('https:');
}

/** The session cookie and the sign-in's short-lived ones: httpOnly, SameSite=Lax, Secure over https. */
export function authCookieOptions(headers: Headers, maxAgeMs = ABSOLUTE_LIFETIME_MS, path = '/') {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isHttps(headers),
    path,
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}
