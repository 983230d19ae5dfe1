import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import type { Role, SignedInUser } from '@/lib/auth/roles';
import { expirePublicPages } from '@/lib/cache/invalidation';
import { BUSY_MESSAGE, STALE_FORM } from '@/lib/i18n/messages/workspace';
import { DatabaseBusy } from '@/lib/revisions/with-audit';
import { fieldErrors, formValues, invalid, type FormState, type FormValues } from '@/lib/validations/form-state';
import { WriteRefused } from '@/lib/writes/write-context';

/** Who writes, and the record they were authorised for (the project the form is bound to…). */
export type WriteAccess<T> = { user: SignedInUser; target: T };

/** How a form shows a refusal, with the official's input kept: FormState unless the form has its own (the import's). */
export type RefusalAnswer<State> = (values: FormValues, refusal: WriteRefused) => State;

const formAnswer: RefusalAnswer<FormState> = (values, refusal) => invalid(values, refusal.errors, refusal.formMessage);

type WorkspaceWrite<S extends z.ZodType, T, R, State> = {
  /** The roles allowed: checked on the one read of the session, before anything else. */
  roles: readonly Role[];
  /**
   * The rights beyond the role, from the action's bound arguments only (never the form): the
   * record must exist and be this official's; redirects (refusal page) when it is not.
   */
  authorize?: (user: SignedInUser) => Promise<T>;
  /** The form's one schema. A form without its `expectedVersion` is stale (STALE_FORM). */
  schema: S;
  /**
   * The write (lib/writes/): audited tables through withAudit, the ownership in the write's own
   * `where`. Refuses with WriteRefused; a busy database is answered here.
   */
  write: (input: z.output<S>, access: WriteAccess<T>) => Promise<R>;
  /**
   * Expire the public pages once the write is done. Needed only by writes whose audited steps
   * leave it to the end (an import's chunks); every other audited write expires them already
   * (withAudit → lib/cache/invalidation.ts), so this is off by default.
   */
  revalidate?: boolean;
  /** Where the official goes after the write (lib/links.ts, with ?saved=… from SAVED_MESSAGES). */
  redirectTo: (result: R, access: WriteAccess<T>) => string;
  answer?: RefusalAnswer<State>;
};

/**
 * Every workspace form's server action: session and role, the bound record's rights, then the
 * input (never read before), one parse, the write, revalidation and the redirect. A refusal keeps
 * the official's input and writes nothing.
 */
export async function workspaceAction<S extends z.ZodType, T = undefined, R = void, State = FormState>(
  action: WorkspaceWrite<S, T, R, State>,
  formData: FormData,
): Promise<State> {
  const user = await requireUser(action.roles);
  const access: WriteAccess<T> = { user, target: (await action.authorize?.(user)) as T };
  const answer = action.answer ?? (formAnswer as RefusalAnswer<State>);
  const values = formValues(formData);
  const parsed = action.schema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return answer(values, errors.expectedVersion ? new WriteRefused({}, STALE_FORM) : new WriteRefused(errors));
  }
  let result: R;
  try {
    result = await action.write(parsed.data, access);
  } catch (error) {
    if (error instanceof WriteRefused) return answer(values, error);
    if (error instanceof DatabaseBusy) return answer(values, new WriteRefused({}, BUSY_MESSAGE));
    throw error;
  }
  if (action.revalidate) expirePublicPages();
  redirect(action.redirectTo(result, access));
}
