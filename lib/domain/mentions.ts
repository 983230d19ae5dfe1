import { LEVELS, PROJECT_KINDS, SECTORS, STATUSES } from '@/lib/domain/codelists';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/**
 * What an empty project listing can still tell: the words of its filters, looked up in the
 * sources' sentences. A filter's word is its Chinese codelist label (康养), the set's name, the
 * industry chain or the keyword as typed; "not published" values have no word.
 */
export function filterTerms(filters: ProjectFilters, setName: string | null): string[] {
  const label = (list: Readonly<Record<string, { zh: string }>>, code: string | undefined) =>
    code && code !== 'unknown' ? list[code]?.zh : undefined;
  const terms = [
    label(SECTORS, filters.sector),
    label(LEVELS, filters.level),
    label(PROJECT_KINDS, filters.kind),
    label(STATUSES, filters.status),
    filters.chain,
    setName ?? undefined,
    filters.q,
  ];
  return [...new Set(terms.filter((term): term is string => Boolean(term && term.trim())).map((term) => term.trim()))];
}

/** The sentences of a passage (ending in 。！？；), each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？；])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

type PassageText = { sourceId: string; anchor: string; position: number; text: string };

export type Mention<P extends PassageText = PassageText> = { term: string; sentence: string; passage: Omit<P, 'text'> };

/** Each sentence that names a term, at most `perTerm` per term, in the order the passages are given. */
export function mentionsIn<P extends PassageText>(
  passages: readonly P[],
  terms: readonly string[],
  perTerm = 3,
): Mention<P>[] {
  return terms.flatMap((term) =>
    passages
      .flatMap(({ text, ...passage }) =>
        sentencesOf(text)
          .filter((sentence) => sentence.includes(term))
          .map((sentence) => ({ term, sentence, passage })),
      )
      .slice(0, perTerm),
  );
}
