import 'server-only';
import {
  countEnterprises,
  countReferencePages,
  fetchEnterpriseSitemapEntries,
  fetchMaxProjectId,
  fetchProjectSitemapEntries,
  fetchReferenceSitemapEntries,
  type SitemapEntry,
} from '@/lib/data/sitemap';
import { GLOSSARY_HREF, SETS_HREF, SUMMARY_HREF } from '@/lib/links';
import { siteUrl } from '@/lib/site-url.mts';
import { indexXml, urlsetXml } from '@/lib/sitemap/xml';
import { SITEMAP_SECTIONS, sitemapPartPath, type SitemapPart, type SitemapSection } from '@/lib/validations/sitemap';

/**
 * The sitemap in parts: /sitemap/<section>-<n>.xml, listed by the index at /sitemap.xml. Each
 * page is one <url> per language, each naming all three versions, so a part of ENTITIES_PER_PART
 * pages has 15,000 <url> of about 430 bytes (6.5 MB; 16 MB with 120-character slugs): far under
 * the protocol's 50,000 and 50 MB, and small enough to write in well under a second.
 * Boundaries come from counts and the highest project id, never from reading every row:
 *  - pages: the listing pages, then every figure, set, initiative and source page;
 *  - enterprises: n × size enterprises in id order;
 *  - projects: ids in (n × size, (n + 1) × size], so a part never shifts when projects are added.
 *    Unpublished or deleted ids leave a part short, never long.
 */

export const ENTITIES_PER_PART = 5_000;

const LISTING_PATHS = [
  '/',
  '/projects',
  SETS_HREF,
  '/figures',
  SUMMARY_HREF,
  '/work-line',
  '/areas',
  '/sources',
  '/search',
  '/data',
  '/changes',
  GLOSSARY_HREF,
];

const partsOf = (count: number, size: number) => Math.ceil(count / size);

/** Every part, in order: the listing of the sitemap index. */
async function listSitemapParts(size = ENTITIES_PER_PART): Promise<SitemapPart[]> {
  const [references, enterprises, maxProjectId] = await Promise.all([
    countReferencePages(),
    countEnterprises(),
    fetchMaxProjectId(),
  ]);
  const counts: Record<SitemapSection, number> = {
    pages: partsOf(LISTING_PATHS.length + references, size),
    enterprises: partsOf(enterprises, size),
    projects: partsOf(maxProjectId, size),
  };
  return SITEMAP_SECTIONS.flatMap((section) =>
    Array.from({ length: counts[section] }, (_, index) => ({ section, index })),
  );
}

/** The pages of one part; `lastModified` of a listing page is the time the data last changed. */
async function sitemapPartEntries(
  { section, index }: SitemapPart,
  dataUpdatedAt: Date | null,
  size: number,
): Promise<SitemapEntry[]> {
  if (section === 'projects') return fetchProjectSitemapEntries(index * size, (index + 1) * size);
  if (section === 'enterprises') return fetchEnterpriseSitemapEntries(index * size, size);
  const listings = LISTING_PATHS.map((path) => ({ path, lastModified: dataUpdatedAt }));
  return [...listings, ...(await fetchReferenceSitemapEntries())].slice(index * size, (index + 1) * size);
}

/** The sitemap index: one <sitemap> per part, with the time the data last changed. */
export async function sitemapIndexXml(dataUpdatedAt: Date | null, size = ENTITIES_PER_PART): Promise<string> {
  const parts = await listSitemapParts(size);
  return indexXml(
    parts.map((part) => new URL(sitemapPartPath(part), siteUrl()).href),
    dataUpdatedAt,
  );
}

/** One part's <urlset>, or null when there is no such part. */
export async function sitemapPartXml(
  part: SitemapPart,
  dataUpdatedAt: Date | null,
  size = ENTITIES_PER_PART,
): Promise<string | null> {
  const parts = await listSitemapParts(size);
  if (!parts.some((p) => p.section === part.section && p.index === part.index)) return null;
  return urlsetXml(await sitemapPartEntries(part, dataUpdatedAt, size), siteUrl());
}
