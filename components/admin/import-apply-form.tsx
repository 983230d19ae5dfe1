'use client';

import { useActionState } from 'react';
import { ImportErrors } from '@/components/admin/import-errors';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField } from '@/components/forms/form-field';
import { applyImportAction } from '@/lib/actions/import';
import { EMPTY_IMPORT_STATE } from '@/lib/import/import-state';

/** Step 2: applies the checked file, named by its digest only (the file stays on the server). */
export function ImportApplyForm({ digest, fileName }: { digest: string; fileName: string }) {
  const [state, apply, applying] = useActionState(applyImportAction, EMPTY_IMPORT_STATE);
  return (
    <form id="import-apply" action={apply} className="mb-8">
      <h2 className="mb-2 text-xl font-bold">第二步：确认导入“{fileName}”</h2>
      <ErrorSummary formId="import-apply" errors={state.fieldErrors} fieldOrder={['reason', 'evidence']} />
      <ImportErrors errors={state.errors} />
      <input type="hidden" name="digest" value={digest} />
      {/* Re-mounted after each answer so React's form reset cannot drop the kept input. */}
      <div key={JSON.stringify(state.values)}>
        <FormField
          formId="import-apply"
          field={{ name: 'reason', label: '导入原因', type: 'text', hint: '写入公开的更新记录' }}
          value={state.values.reason}
          error={state.fieldErrors.reason}
        />
        <FormField
          formId="import-apply"
          field={{
            name: 'evidence',
            label: '来源或依据',
            type: 'text',
            hint: '例如：区发改局《2023年重点项目名单》（文号）',
          }}
          value={state.values.evidence}
          error={state.fieldErrors.evidence}
        />
      </div>
      <button
        type="submit"
        disabled={applying}
        className="bg-button px-4 py-2 font-bold text-white shadow-[0_2px_0_var(--color-button-shadow)] disabled:opacity-60"
      >
        确认导入
      </button>
    </form>
  );
}
