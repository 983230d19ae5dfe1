/** A passage's text with one quoted sentence marked, when it is the one a link pointed to. */
export function PassageText({ text, highlight }: { text: string; highlight: string | null }) {
  const start = highlight ? text.indexOf(highlight) : -1;
  if (!highlight || start < 0) return <>{text}</>;
  const end = start + highlight.length;
  return (
    <>
      {text.slice(0, start)}
      <mark className="cited-sentence" data-testid="cited-sentence">
        {text.slice(start, end)}
      </mark>
      {text.slice(end)}
    </>
  );
}
