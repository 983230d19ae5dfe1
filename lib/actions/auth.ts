'use server';

import { redirect } from 'next/navigation';
import { deleteChallenge } from '@/lib/auth/challenges';
import {
  clearChallengeCookie,
  clearSessionCookie,
  getChallengeUser,
  readChallengeToken,
  readSessionToken,
  requireEnrollee,
  requireUser,
  setSessionCookie,
} from '@/lib/auth/guards';
import { RECOVERY_CODES_HREF, SIGN_IN_HREF } from '@/lib/links';
import { ROLES } from '@/lib/auth/roles';
import { checkSecondFactor, confirmEnrolment, revokeRecoveryCodes, type FactorResult } from '@/lib/auth/second-factor';
import { createSession, deleteSession } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { INVALID_CODE, secondFactorSchema, waitMessage } from '@/lib/validations/sign-in';

// The password step is not here: it is the route handler /admin/session (lib/auth/password-step.ts).

/** A refused code: the field's message, or the throttle's wait. The code itself is never kept. */
function refusedCode(result: Exclude<FactorResult, { ok: true }>): FormState {
  return result.reason === 'throttled'
    ? invalid({}, {}, waitMessage(result.retryAfterSeconds))
    : invalid({}, { code: INVALID_CODE });
}

/** The challenge becomes a session: the second step is done. */
async function finishSignIn(userId: number): Promise<void> {
  const challenge = await readChallengeToken();
  if (challenge) await deleteChallenge(db, challenge);
  await clearChallengeCookie();
  await setSessionCookie(await createSession(db, userId));
}

/** Second step of signing in: a code from the app, or a recovery code. */
export async function submitSignInCode(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getChallengeUser();
  if (!user?.totpEnabled) redirect(SIGN_IN_HREF);
  const parsed = secondFactorSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid({}, fieldErrors(parsed.error));
  const result = await checkSecondFactor(db, user.id, parsed.data.code);
  if (!result.ok) return refusedCode(result);
  await finishSignIn(user.id);
  redirect('/admin');
}

/** Turns the second factor on once the app shows a right code; an admin signing in gets the session now. */
export async function confirmTwoFactor(_state: FormState, formData: FormData): Promise<FormState> {
  const enrollee = await requireEnrollee();
  const parsed = secondFactorSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid({}, fieldErrors(parsed.error));
  const result = await confirmEnrolment(db, enrollee.id, parsed.data.code);
  if (!result.ok) return refusedCode(result);
  if (enrollee.viaChallenge) await finishSignIn(enrollee.id);
  redirect(RECOVERY_CODES_HREF);
}

/** New recovery codes: the old ones stop working, the next page shows the new ones once. */
export async function replaceRecoveryCodes(): Promise<void> {
  const user = await requireUser(ROLES);
  await revokeRecoveryCodes(db, user.id);
  redirect(RECOVERY_CODES_HREF);
}

export async function signOut(): Promise<void> {
  await deleteSession(db, await readSessionToken());
  await clearSessionCookie();
  redirect(`${SIGN_IN_HREF}?signedOut=1`);
}
