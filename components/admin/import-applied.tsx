import type { ImportSummary } from '@/lib/writes/import-apply';

/** GOV.UK success banner after an apply (the action redirects here with the counts). */
export function ImportApplied({ summary }: { summary: ImportSummary }) {
  return (
    <div role="status" className="mb-6 border-4 border-success p-4" data-testid="import-applied">
      <h2 className="font-bold text-success-dark">导入完成</h2>
      <p>
        新增 {summary.created} 个，更新 {summary.updated} 个，无变化 {summary.unchanged}{' '}
        个。每个新增或改动的项目都已记入更新记录。
      </p>
    </div>
  );
}
