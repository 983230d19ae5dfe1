/**
 * A status change publishes "状态（自某日起）". The form is filled with the stored date, so a status
 * changed without touching the date would publish the old status's date as the new one's. The
 * rule: a changed status needs a date that differs from the stored one, or the official's
 * explicit confirmation that the stored date is also when the new status took effect.
 */

export const STATUS_DATE_MISSING = '状态改变时请填写状态生效日期';

export const statusDateUnchanged = (date: string) =>
  `状态已改变，但状态生效日期仍是原来的 ${date}。请填写新状态开始的日期；如果新状态确实从 ${date} 起生效，请勾选“新状态也从原日期起生效”。`;

type Stored = { status: string; statusDate: string | null };
type Submitted = { status: string; statusDate: string | null; statusDateConfirmed: boolean };

/**
 * What is wrong with a changed status's date, or null when the change may be saved. The form and the import word it
 * each for their own fields.
 */
export type StatusDateProblem = { kind: 'missing' } | { kind: 'unchanged'; date: string };

export function statusDateProblem(stored: Stored, submitted: Submitted): StatusDateProblem | null {
  if (submitted.status === stored.status) return null;
  if (!submitted.statusDate) return { kind: 'missing' };
  if (submitted.statusDate === stored.statusDate && !submitted.statusDateConfirmed)
    return { kind: 'unchanged', date: submitted.statusDate };
  return null;
}

/** The form's message for the status date field, or null when the change may be saved. */
export function statusDateError(stored: Stored, submitted: Submitted): string | null {
  const problem = statusDateProblem(stored, submitted);
  if (!problem) return null;
  return problem.kind === 'missing' ? STATUS_DATE_MISSING : statusDateUnchanged(problem.date);
}

export const STATUS_DATE_CONFIRM_LABEL = '新状态也从原日期起生效（仅在状态改变而日期确实不变时勾选）';
