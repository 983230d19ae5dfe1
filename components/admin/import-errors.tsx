import { DataTable } from '@/components/ui/data-table';
import type { ImportError } from '@/lib/import/columns';

/** A file's problems by row and column; nothing is written while there is one. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mb-6 border-4 border-error p-4" data-testid="import-errors">
      <h2 className="mb-2 text-xl font-bold">文件有 {errors.length} 处问题，未写入任何内容</h2>
      <div className="overflow-x-auto">
        <DataTable
          columns={[{ label: '行' }, { label: '列' }, { label: '问题' }]}
          rows={errors.map((error, i) => ({
            key: String(i),
            cells: [error.row ?? '—', error.column ?? '—', error.message],
          }))}
          rowHeaders={false}
        />
      </div>
    </div>
  );
}
