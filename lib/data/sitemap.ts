import 'server-only';
import { db } from '@/lib/db';
import { enterpriseHref, initiativeHref, projectHref, setHref, sourceHref } from '@/lib/links';

const STATIC_PATHS = ['/', '/projects', '/work-line', '/areas', '/sources', '/search', '/data', '/changes'];

/** Language-free paths of every public page, with the time its data last changed where known. */
export async function fetchSitemapEntries(): Promise<{ path: string; lastModified?: Date }[]> {
  const [projects, sets, initiatives, enterprises, sources] = await Promise.all([
    db.project.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    db.set.findMany({ select: { id: true, updatedAt: true }, orderBy: { position: 'asc' } }),
    db.initiative.findMany({ where: { published: true }, select: { id: true, kind: true, updatedAt: true }, orderBy: { position: 'asc' } }),
    db.enterprise.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    db.source.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
  ]);
  return [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...projects.map((p) => ({ path: projectHref(p.slug), lastModified: p.updatedAt })),
    ...sets.map((s) => ({ path: setHref(s.id), lastModified: s.updatedAt })),
    ...initiatives.map((i) => ({ path: initiativeHref(i), lastModified: i.updatedAt })),
    ...enterprises.map((e) => ({ path: enterpriseHref(e.id), lastModified: e.updatedAt })),
    ...sources.map((s) => ({ path: sourceHref(s.id), lastModified: s.updatedAt })),
  ];
}
