import { ErrorSummary } from '@/components/forms/error-summary';
import type { FieldSpec } from '@/components/forms/field-types';
import { FormField } from '@/components/forms/form-field';
import { SIGN_IN_POST_HREF } from '@/lib/links';
import type { SignInNotice } from '@/lib/auth/sign-in-notice';
import { WarningText } from '@/components/ui/warning-text';

const FIELDS: FieldSpec[] = [
  { name: 'username', label: '用户名', type: 'text', autoComplete: 'username' },
  { name: 'password', label: '密码', type: 'password', autoComplete: 'current-password' },
];

/**
 * The password step: a plain form posted to the route handler /admin/session (so that it can
 * answer 429 and 413), with the GOV.UK error summary and the user name kept from the last try.
 */
export function SignInForm({ notice }: { notice: SignInNotice | null }) {
  const errors = notice?.errors ?? {};
  return (
    <form id="sign-in" method="post" action={SIGN_IN_POST_HREF} noValidate className="mb-8">
      <ErrorSummary formId="sign-in" errors={errors} fieldOrder={FIELDS.map((f) => f.name)} />
      {notice?.message && (
        <WarningText as="div" tone="error" role="alert" className="mb-4">
          {notice.message}
        </WarningText>
      )}
      {FIELDS.map((field) => (
        <FormField
          key={field.name}
          formId="sign-in"
          field={field}
          value={field.name === 'username' ? notice?.username : undefined}
          error={errors[field.name]}
        />
      ))}
      <button
        type="submit"
        className="bg-button px-4 py-2 font-bold text-white shadow-[0_2px_0_var(--color-button-shadow)]"
      >
        登录
      </button>
    </form>
  );
}
