'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie, readSessionToken, setSessionCookie, SIGN_IN_PATH } from '@/lib/auth/guards';
import { deleteSession } from '@/lib/auth/sessions';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { db } from '@/lib/db';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { signInSchema } from '@/lib/validations/sign-in';

// The same words for an unknown name and a wrong password: the page never says which.
const INVALID = '用户名或密码不正确。';
const LOCKED = '登录尝试失败次数过多，请 15 分钟后再试。';

export async function signIn(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const kept = { username: typeof values.username === 'string' ? values.username : '' }; // never echo the password
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalid(kept, fieldErrors(parsed.error));
  const result = await attemptSignIn(db, parsed.data.username, parsed.data.password);
  if (!result.ok) return invalid(kept, {}, result.reason === 'locked' ? LOCKED : INVALID);
  await setSessionCookie(result.token);
  redirect('/admin');
}

export async function signOut(): Promise<void> {
  await deleteSession(db, await readSessionToken());
  await clearSessionCookie();
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
}
