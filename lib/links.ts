/** URLs built in one place so that pages, feeds and tests agree on them. */

export function sourceHref(sourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}`;
}

/** The sentence a figure comes from: the passage anchor scrolls, `figure` marks the quote. */
export function figureSourceHref(figure: { key: string; passage: { sourceId: string; anchor: string } }): string {
  return `${sourceHref(figure.passage.sourceId)}?figure=${encodeURIComponent(figure.key)}#${figure.passage.anchor}`;
}

/** A quoted passage of any cited item (project, initiative point, person). */
export function passageHref(passage: { sourceId: string; anchor: string }): string {
  return `${sourceHref(passage.sourceId)}#${passage.anchor}`;
}
