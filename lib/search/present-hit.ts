import { passageHref, recordHref, SOURCES_HREF } from '@/lib/links';
import { highlightPinyin, highlightTerms, snippetAround, type Segment } from '@/lib/search/highlight';
import type { Lang } from '@/lib/i18n/locales';
import type { SearchHit } from '@/lib/search/run-search';

/**
 * One result as shown: where it links, its title and a snippet in the reader's language, matches
 * marked; `translated` when the snippet is the portal's English rendering of a name the sources
 * give (a project's, enterprise's or initiative's), which English pages mark as such.
 */
export type PresentedHit = { key: string; href: string; title: Segment[]; snippet: Segment[]; translated: boolean };

const TRANSLATED_NAMES = new Set<SearchHit['kind']>(['project', 'enterprise', 'initiative']);

type Context = { lang: Lang; terms: string[]; sourceTitles: Record<string, string>; paragraph: (n: number) => string };

export function hrefOf(hit: SearchHit): string {
  if (hit.kind !== 'passage') return recordHref(hit.kind, hit.ref, hit.extra.kind);
  const { sourceId, anchor } = hit.extra;
  return sourceId && anchor ? passageHref({ sourceId, anchor }) : SOURCES_HREF;
}

/** A name's own matches, or (for a pinyin query) the characters whose pinyin matched. */
function titleOf(hit: SearchHit, { terms, sourceTitles, paragraph }: Context): Segment[] {
  if (hit.kind === 'passage') {
    const source = sourceTitles[hit.extra.sourceId ?? ''] ?? '';
    return [{ text: `${source} · ${paragraph(hit.extra.position ?? 0)}`, mark: false }];
  }
  const direct = highlightTerms(hit.title, terms);
  return direct.some((s) => s.mark) ? direct : highlightPinyin(hit.title, terms);
}

/**
 * The indexed body starts with the English name (search_src_* views), so that English queries
 * find Chinese records; the rest is Chinese. Each reader sees only their language: the English
 * name on English pages (nothing when there is none), the Chinese text on Chinese pages.
 */
function snippetOf(hit: SearchHit, { lang, terms }: Context): Segment[] {
  const nameEn = hit.extra.nameEn ?? '';
  if (lang === 'en') return highlightTerms(nameEn, terms);
  const chinese = nameEn && hit.body.startsWith(nameEn) ? hit.body.slice(nameEn.length).trimStart() : hit.body;
  return snippetAround(chinese, terms);
}

export function presentHit(hit: SearchHit, context: Context): PresentedHit {
  const translated = context.lang === 'en' && TRANSLATED_NAMES.has(hit.kind) && Boolean(hit.extra.nameEn);
  return {
    key: `${hit.kind}:${hit.ref}`,
    href: hrefOf(hit),
    title: titleOf(hit, context),
    snippet: snippetOf(hit, context),
    translated,
  };
}
