'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import type { FieldSpec } from '@/components/forms/field-types';
import { FormField } from '@/components/forms/form-field';
import type { FormState } from '@/lib/validations/form-state';
import { WarningText } from '@/components/ui/warning-text';

type Props = {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  /** Heading level 2 shown above the fields, if any. */
  title?: string;
};

/**
 * Every admin form: a server action (works without JavaScript), the GOV.UK error summary,
 * errors next to fields and the official's input kept after a refusal.
 */
export function ActionForm({ id, action, fields, submitLabel, title }: Props) {
  const [state, formAction, pending] = useActionState(action, { errors: {}, values: {} });
  const submitted = Object.keys(state.values).length > 0;
  return (
    <form id={id} action={formAction} noValidate className="mb-8" aria-labelledby={title ? `${id}-title` : undefined}>
      {title && (
        <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
          {title}
        </h2>
      )}
      <ErrorSummary formId={id} errors={state.errors} fieldOrder={fields.map((f) => f.name)} />
      {state.message && (
        <WarningText as="div" tone="error" role="alert" className="mb-4">
          {state.message}
        </WarningText>
      )}
      {/* Re-mounted after each answer so React's form reset cannot drop the kept input. */}
      <div key={JSON.stringify(state.values)}>
        {fields.map((field) => (
          <FormField
            key={field.name}
            formId={id}
            field={field}
            value={submitted && field.type !== 'hidden' ? (state.values[field.name] ?? '') : field.defaultValue}
            error={state.errors[field.name]}
          />
        ))}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-button px-4 py-2 font-bold text-white shadow-[0_2px_0_var(--color-button-shadow)] disabled:opacity-60"
      >
        {submitLabel}
      </button>
    </form>
  );
}
