/** The workspace's sign-in addresses, in one place for pages, actions and the route handler. */
export const SIGN_IN_PATH = '/admin/sign-in';
/** Where the sign-in form is sent: the route handler app/(workspace)/admin/session/route.ts. */
export const SIGN_IN_POST = '/admin/session';
export const CODE_STEP_PATH = '/admin/sign-in/code';
export const TWO_FACTOR_PATH = '/admin/two-factor';
export const RECOVERY_CODES_PATH = '/admin/two-factor/recovery-codes';
export const FORBIDDEN_PATH = '/admin/forbidden';
