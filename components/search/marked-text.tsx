import type { Segment } from '@/lib/search/highlight';

/** Text with the search matches in <mark>. */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="bg-[#fd0] text-ink">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
