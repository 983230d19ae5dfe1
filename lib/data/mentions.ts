import 'server-only';
import { db } from '@/lib/db';
import { filterTerms, mentionsIn } from '@/lib/domain/mentions';
import { orderSources } from '@/lib/domain/source-order';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/** The sources' sentences that name each term (primary report first, then in paragraph order). */
export async function fetchMentions(terms: readonly string[], perTerm = 3) {
  if (terms.length === 0) return [];
  const passages = await db.passage.findMany({
    where: { OR: terms.map((term) => ({ text: { contains: term } })) },
    orderBy: { position: 'asc' },
    select: {
      sourceId: true,
      anchor: true,
      position: true,
      text: true,
      source: { select: { id: true, title: true, reliability: true, publishedOn: true, mirrorDate: true } },
    },
  });
  const order = orderSources([...new Map(passages.map((p) => [p.source.id, p.source])).values()]).map((s) => s.id);
  const ordered = [...passages].sort(
    (a, b) => order.indexOf(a.sourceId) - order.indexOf(b.sourceId) || a.position - b.position,
  );
  return mentionsIn(
    ordered.map(({ source, ...passage }) => ({ ...passage, sourceTitle: source.title })),
    terms,
    perTerm,
  );
}

/**
 * For an empty project listing: how many projects are published one by one, and the sources'
 * sentences that name the filters' words, so the reader learns what is known although no
 * named project matches. Read only when the listing is empty.
 */
export async function fetchEmptyListingContext(filters: ProjectFilters) {
  const set = filters.set ? await db.set.findUnique({ where: { id: filters.set }, select: { name: true } }) : null;
  const [published, mentions] = await Promise.all([
    db.project.count({ where: { published: true } }),
    fetchMentions(filterTerms(filters, set?.name ?? null)),
  ]);
  return { published, mentions };
}
