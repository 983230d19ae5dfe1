import type { ImportState } from '@/lib/import/import-state';

/** Dry-run answer: errors by row and column, then what would be created and updated. */
export function ImportResults({ state }: { state: ImportState }) {
  const { errors, preview } = state;
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="mb-6 border-4 border-[#d4351c] p-4" data-testid="import-errors">
          <h2 className="mb-2 text-xl font-bold">文件有 {errors.length} 处问题，未写入任何内容</h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-1 pr-3">行</th>
                  <th scope="col" className="py-1 pr-3">列</th>
                  <th scope="col" className="py-1">问题</th>
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
      )}
      {preview && (
        <section aria-labelledby="preview-title" className="mb-6" data-testid="import-preview">
          <h2 id="preview-title" className="mb-2 text-xl font-bold">
            试导入结果（{preview.encoding}）：新增 {preview.creates.length} 个，更新 {preview.updates.length} 个，无变化 {preview.unchanged} 个
          </h2>
          {preview.creates.length > 0 && (
            <>
              <h3 className="font-bold">将新增</h3>
              <ul className="mb-3 ml-6 list-disc">
                {preview.creates.map((c) => (
                  <li key={c.row}>第 {c.row} 行：{c.name}（{c.slug}）</li>
                ))}
              </ul>
            </>
          )}
          {preview.updates.length > 0 && (
            <>
              <h3 className="font-bold">将更新</h3>
              <ul className="mb-3 ml-6 list-disc">
                {preview.updates.map((u) => (
                  <li key={u.row}>第 {u.row} 行：{u.name}（{u.fields.join('、')}）</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
