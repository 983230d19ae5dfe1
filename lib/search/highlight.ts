import { pinyin } from 'pinyin-pro';

/** Text cut into plain and matched pieces; matched pieces are shown in <mark>. */
export type Segment = { text: string; mark: boolean };

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const longestFirst = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(longestFirst.map(escapeRegExp).join('|'), 'giu');
}

function toSegments(chars: string[], marked: boolean[]): Segment[] {
  const segments: Segment[] = [];
  chars.forEach((char, i) => {
    const last = segments.at(-1);
    if (last && last.mark === marked[i]) last.text += char;
    else segments.push({ text: char, mark: marked[i] });
  });
  return segments;
}

/** Every occurrence of a term in `text` marked (case-insensitive). */
export function highlightTerms(text: string, terms: string[]): Segment[] {
  const pattern = matcher(terms);
  if (!pattern || text === '') return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** A window of `text` around its first match (or its start), with … where it was cut. */
export function snippetAround(text: string, terms: string[], radius = 40): Segment[] {
  const pattern = matcher(terms);
  const first = pattern ? text.search(pattern) : -1;
  const chars = [...text];
  // `search` gives a UTF-16 index; convert to a character index for slicing by characters.
  const centre = first < 0 ? 0 : [...text.slice(0, first)].length;
  const start = Math.max(0, centre - radius);
  const end = Math.min(chars.length, centre + radius * 2);
  const window = chars.slice(start, end).join('');
  const segments = highlightTerms(window, terms);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < chars.length) segments.push({ text: '…', mark: false });
  return segments;
}

/**
 * A name marked where its pinyin matches a Latin term (`hongmu` marks 红木): each character's
 * syllable is laid end to end and a character is marked when a match overlaps it.
 */
export function highlightPinyin(name: string, terms: string[]): Segment[] {
  const chars = [...name];
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'spaced' }).map((s) =>
    s
      .toLowerCase()
      .replaceAll('ü', 'v')
      .replace(/[^a-z0-9]/g, ''),
  );
  const marked = chars.map(() => false);
  if (syllables.length !== chars.length) return toSegments(chars, marked);
  const starts: number[] = [];
  let joined = '';
  for (const syllable of syllables) {
    starts.push(joined.length);
    joined += syllable;
  }
  // Pinyin is only searched for terms of 3+ letters (trigram index), so only those are marked.
  for (const term of terms.filter((t) => /^[a-z0-9]{3,}$/.test(t))) {
    for (let from = joined.indexOf(term); from >= 0; from = joined.indexOf(term, from + 1)) {
      const to = from + term.length;
      starts.forEach((start, i) => {
        if (start < to && start + syllables[i].length > from) marked[i] = true;
      });
    }
  }
  return toSegments(chars, marked);
}
