import type { ImportError } from '@/lib/import/columns';

/** A file's problems by row and column; nothing is written while there is one. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mb-6 border-4 border-error p-4" data-testid="import-errors">
      <h2 className="mb-2 text-xl font-bold">文件有 {errors.length} 处问题，未写入任何内容</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-3">
                行
              </th>
              <th scope="col" className="py-1 pr-3">
                列
              </th>
              <th scope="col" className="py-1">
                问题
              </th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, i) => (
              <tr key={i} className="border-b border-rule">
                <td className="py-1 pr-3">{error.row ?? '—'}</td>
                <td className="py-1 pr-3">{error.column ?? '—'}</td>
                <td className="py-1">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
