import { SUMMARY_HREF } from '@/lib/links';

/**
 * The main navigation's sections and the pages each one holds. A page outside every listed
 * prefix (search, the glossary, the 404 page) belongs to no section, and no item is marked.
 */
export const NAV_SECTIONS = [
  { key: 'home', href: '/', holds: [] },
  // The figures at a glance: the first place a reader looks for the totals.
  { key: 'summary', href: SUMMARY_HREF, holds: [] },
  // Batches, plans and enterprises are ways into the projects.
  { key: 'projects', href: '/projects', holds: ['/sets', '/enterprises'] },
  { key: 'workLine', href: '/work-line', holds: [] },
  { key: 'areas', href: '/areas', holds: [] },
  // Every cited figure is part of the published data, as is the API's description.
  { key: 'data', href: '/data', holds: ['/figures', '/api'] },
  { key: 'changes', href: '/changes', holds: [] },
  { key: 'sources', href: '/sources', holds: [] },
] as const;

export type NavSectionKey = (typeof NAV_SECTIONS)[number]['key'];

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * How a navigation item relates to the page (language-free path, query allowed): `page` when it
 * is the page itself, `true` when the page lies in its section (WAI-ARIA aria-current), else none.
 */
export function navCurrent(section: (typeof NAV_SECTIONS)[number], path: string): 'page' | 'true' | undefined {
  const pathname = path.split(/[?#]/)[0];
  if (pathname === section.href) return 'page';
  if (section.href === '/') return undefined;
  return [section.href, ...section.holds].some((prefix) => within(pathname, prefix)) ? 'true' : undefined;
}
