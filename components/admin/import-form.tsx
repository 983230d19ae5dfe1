'use client';

import { useActionState } from 'react';
import { ImportResults } from '@/components/admin/import-results';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField } from '@/components/forms/form-field';
import { applyImportAction, dryRunImport } from '@/lib/actions/import';
import { EMPTY_IMPORT_STATE } from '@/lib/import/import-state';

const BUTTON = 'bg-[#00703c] px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60';

/** Two steps, both server actions: a dry run of the uploaded file, then applying that same file. */
export function ImportForm() {
  const [checked, check, checking] = useActionState(dryRunImport, EMPTY_IMPORT_STATE);
  const [applied, apply, applying] = useActionState(applyImportAction, EMPTY_IMPORT_STATE);
  const current = applied.applied || applied.errors.length > 0 || Object.keys(applied.fieldErrors).length > 0 ? applied : checked;
  const file = applied.file ?? checked.file;
  return (
    <>
      {applied.applied && (
        <div role="status" className="mb-6 border-4 border-[#00703c] p-4" data-testid="import-applied">
          <h2 className="font-bold text-[#005a30]">导入完成</h2>
          <p>
            新增 {applied.applied.created} 个，更新 {applied.applied.updated} 个，无变化 {applied.applied.unchanged} 个。每个新增或改动的项目都已记入更新记录。
          </p>
        </div>
      )}
      <form id="import-check" action={check} className="mb-8">
        <ErrorSummary formId="import-check" errors={checked.fieldErrors} fieldOrder={['file']} />
        <div className={`mb-5 ${checked.fieldErrors.file ? 'border-l-4 border-[#d4351c] pl-3' : ''}`}>
          <label htmlFor="import-check-file" className="block font-bold">
            第一步：选择文件（CSV 或 XLSX）并试导入
          </label>
          <p id="import-check-file-hint" className="text-muted">试导入只检查、不写入。CSV 可以是 UTF-8 或 GBK 编码。</p>
          {checked.fieldErrors.file && <p className="font-bold text-[#d4351c]">{checked.fieldErrors.file}</p>}
          <input id="import-check-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="import-check-file-hint" className="mt-2 block" />
        </div>
        <button type="submit" disabled={checking} className={BUTTON}>
          试导入
        </button>
      </form>
      <ImportResults state={current} />
      {file && !applied.applied && (
        <form id="import-apply" action={apply} className="mb-8">
          <h2 className="mb-2 text-xl font-bold">第二步：确认导入“{file.name}”</h2>
          <ErrorSummary formId="import-apply" errors={applied.fieldErrors} fieldOrder={['reason', 'evidence']} />
          <input type="hidden" name="content" value={file.content} />
          <input type="hidden" name="fileName" value={file.name} />
          <FormField formId="import-apply" field={{ name: 'reason', label: '导入原因', type: 'text', hint: '写入公开的更新记录' }} value={applied.values.reason} error={applied.fieldErrors.reason} />
          <FormField formId="import-apply" field={{ name: 'evidence', label: '来源或依据', type: 'text', hint: '例如：区发改局《2023年重点项目名单》（文号）' }} value={applied.values.evidence} error={applied.fieldErrors.evidence} />
          <button type="submit" disabled={applying} className={BUTTON}>
            确认导入
          </button>
        </form>
      )}
    </>
  );
}
