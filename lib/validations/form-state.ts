import type { z } from 'zod';

/** What a form's server action returns: field errors and the input, kept to re-fill the form. */
export type FormValues = Record<string, string | string[]>;
export type FormState = { errors: Record<string, string>; values: FormValues; message?: string };

export const EMPTY_FORM_STATE: FormState = { errors: {}, values: {} };

const MAX_FIELD_LENGTH = 5_000;

/**
 * Form fields as strings (several values → array); files are not kept. A server action can be
 * called with anything in place of the form (a hand-made request naming its id): that reads as
 * an empty form, which the action's schema then refuses field by field.
 */
export function formValues(formData: unknown): FormValues {
  const values: FormValues = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== 'string' || key.startsWith('$ACTION')) continue;
    const value = raw.slice(0, MAX_FIELD_LENGTH);
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/** The first message for each field, keyed by field name (for the error summary and the fields). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export function invalid(values: FormValues, errors: Record<string, string>, message?: string): FormState {
  return { errors, values, message };
}
