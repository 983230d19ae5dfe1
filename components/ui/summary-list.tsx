import type { ReactNode } from 'react';

export type SummaryRow = { key: string; label: ReactNode; value: ReactNode };

/** GOV.UK summary list: key facts as a description list. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="divide-y divide-rule border-y border-rule">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
          <dt className="font-bold">{row.label}</dt>
          <dd className="break-words">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
