import { randomBytes } from 'node:crypto';

/**
 * Security headers on every response. The Content-Security-Policy comes in two kinds:
 * - Public pages are cached and served to everyone, so their policy is fixed. They carry no
 *   inline script: the front door removes Next's client runtime from them
 *   (server/client-runtime.mts), and their only script is a file of the portal's own. So scripts
 *   run only from the portal's own address. Plugins, framing, <base> and form posts to other
 *   sites are refused too; injected markup is kept out by escaping (React), which `npm run fuzz` checks.
 * - The workspace renders per request anyway, so it gets a fresh nonce with 'strict-dynamic':
 *   only Next's own scripts, which carry the nonce, run there.
 */
const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const PUBLIC_POLICY = [...COMMON_DIRECTIVES, "script-src 'self'"].join('; ');
/** For the one kind of public page that Next draws in the browser (server/client-runtime.mts). */
export const CLIENT_RENDERED_POLICY = [...COMMON_DIRECTIVES, "script-src 'self' 'unsafe-inline'"].join('; ');

export function workspacePolicy(nonce: string): string {
  return [...COMMON_DIRECTIVES, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join('; ');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * Only the workspace, where a signed-in official's pages are worth keeping from other windows,
 * is isolated from windows that open it. On public pages, which hold nothing private, the
 * isolation costs a browser process switch on arrival: Lighthouse mobile scored a copy of
 * /projects 91 with it and 100 without (README, Performance).
 */
export const WORKSPACE_HEADERS: readonly [string, string][] = [['Cross-Origin-Opener-Policy', 'same-origin']];
const HTTPS_HEADERS: [string, string][] = [
  ...COMMON_HEADERS,
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
];

/**
 * The headers of every answer, made once (they go on every request). HSTS is sent only when the
 * public address is https: over plain http browsers ignore it.
 */
export function baseHeaders(https: boolean): readonly [string, string][] {
  return https ? HTTPS_HEADERS : COMMON_HEADERS;
}
