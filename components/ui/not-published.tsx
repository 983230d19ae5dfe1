/** The one way the portal says a value is not in any source. */
export function NotPublished({ detail }: { detail?: string }) {
  return (
    <span className="text-muted">
      未公开{detail ? <span className="sr-only sm:not-sr-only">（{detail}）</span> : null}
    </span>
  );
}
