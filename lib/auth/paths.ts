/**
 * The names lib/auth/guards.ts and lib/actions/auth.ts still import; the addresses themselves are
 * lib/links.ts's. Remove this file once those two import from lib/links.ts.
 */
export { FORBIDDEN_HREF as FORBIDDEN_PATH, RECOVERY_CODES_HREF as RECOVERY_CODES_PATH, SIGN_IN_HREF as SIGN_IN_PATH } from '@/lib/links';
