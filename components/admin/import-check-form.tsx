import { ErrorSummary } from '@/components/forms/error-summary';
import { ADMIN_IMPORT_CHECK_HREF } from '@/lib/links';

/**
 * Step 1, a plain multipart form posted to the route /admin/import/check (not a server action:
 * see lib/writes/import-upload.ts), which answers with this page again: the dry run, or the
 * file field's error.
 */
export function ImportCheckForm({ error }: { error: string | undefined }) {
  return (
    <form
      id="import-check"
      method="post"
      action={ADMIN_IMPORT_CHECK_HREF}
      encType="multipart/form-data"
      className="mb-8"
    >
      <ErrorSummary formId="import-check" errors={error ? { file: error } : {}} fieldOrder={['file']} />
      <div className={`mb-5 ${error ? 'border-l-4 border-error pl-3' : ''}`}>
        <label htmlFor="import-check-file" className="block font-bold">
          第一步：选择文件（CSV 或 XLSX）并试导入
        </label>
        <p id="import-check-file-hint" className="text-muted">
          试导入只检查、不写入。CSV 可以是 UTF-8 或 GBK 编码。文件不能大于 5
          MB，更大的文件请分成几个文件，或用命令行导入。
        </p>
        {error && (
          <p id="import-check-file-error" className="font-bold text-error">
            <span className="sr-only">错误：</span>
            {error}
          </p>
        )}
        <input
          id="import-check-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={error ? 'import-check-file-hint import-check-file-error' : 'import-check-file-hint'}
          className="mt-2 block"
        />
      </div>
      <button
        type="submit"
        className="bg-button px-4 py-2 font-bold text-white shadow-[0_2px_0_var(--color-button-shadow)]"
      >
        试导入
      </button>
    </form>
  );
}
