'use client';

import { useEffect, useRef } from 'react';

/** GOV.UK error summary: focused when shown, each message links to its field. */
export function ErrorSummary({
  formId,
  errors,
  fieldOrder,
}: {
  formId: string;
  errors: Record<string, string>;
  fieldOrder: string[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).sort(([a], [b]) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b));
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${formId}-error-title`}
      className="mb-6 border-4 border-error p-4 focus:outline-none"
    >
      <h2 id={`${formId}-error-title`} className="mb-2 text-xl font-bold">
        出现问题
      </h2>
      <ul className="space-y-1">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={fieldOrder.includes(field) ? `#${formId}-${field}` : `#${formId}`}
              className="font-bold text-error underline"
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
