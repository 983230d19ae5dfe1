import type { ReactNode } from 'react';

/** The main landmark: one per page, the skip link's target. */
export function PageContainer({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
      {children}
    </main>
  );
}
