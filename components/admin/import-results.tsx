import { ImportErrors } from '@/components/admin/import-errors';
import { PREVIEW_ROWS, type ImportCheck } from '@/lib/import/import-state';

/**
 * Dry-run answer: errors by row and column, then what would be created and updated (every row counted, the first 200 of
 * each listed).
 */
export function ImportResults({ check }: { check: ImportCheck }) {
  const { errors, preview } = check;
  const listed = (shown: number, total: number) =>
    total > shown ? `（共 ${total} 个，下面列出前 ${PREVIEW_ROWS} 个）` : '';
  return (
    <>
      <ImportErrors errors={errors} />
      {preview && (
        <section aria-labelledby="preview-title" className="mb-6" data-testid="import-preview">
          <h2 id="preview-title" className="mb-2 text-xl font-bold">
            试导入结果（{preview.encoding}）：新增 {preview.counts.created} 个，更新 {preview.counts.updated} 个，无变化{' '}
            {preview.counts.unchanged} 个
          </h2>
          {preview.creates.length > 0 && (
            <>
              <h3 className="font-bold">将新增{listed(preview.creates.length, preview.counts.created)}</h3>
              <ul className="mb-3 ml-6 list-disc">
                {preview.creates.map((c) => (
                  <li key={c.row}>
                    第 {c.row} 行：{c.name}（{c.slug}）
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.updates.length > 0 && (
            <>
              <h3 className="font-bold">将更新{listed(preview.updates.length, preview.counts.updated)}</h3>
              <ul className="mb-3 ml-6 list-disc">
                {preview.updates.map((u) => (
                  <li key={u.row}>
                    第 {u.row} 行：{u.name}（{u.fields.join('、')}）
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
