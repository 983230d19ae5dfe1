import type { ReactNode } from 'react';

/** A GOV.UK "details" disclosure around a form; `hidden` names the item for screen readers. */
export function Disclosure({ label, hidden, children }: { label: string; hidden?: string; children: ReactNode }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand underline">
        {label}
        {hidden && <span className="sr-only">：{hidden}</span>}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
