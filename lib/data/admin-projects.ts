import 'server-only';
import { db } from '@/lib/db';
import { projectFactsSelect } from '@/lib/data/projects';

/** Every project for the workspace list (published or not), newest changes first within status. */
export async function fetchAdminProjects(userId: number, status: string | null) {
  const projects = await db.project.findMany({
    where: status ? { status } : {},
    orderBy: [{ status: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      code: true,
      name: true,
      status: true,
      published: true,
      updatedAt: true,
      assignments: { where: { userId }, select: { userId: true } },
    },
  });
  return projects.map(({ assignments, ...project }) => ({ ...project, assignedToMe: assignments.length > 0 }));
}

/** The stored values the edit form starts from, with the version it was loaded at. */
export async function fetchProjectForEdit(slug: string) {
  return db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      name: true,
      nameEn: true,
      sector: true,
      level: true,
      kind: true,
      ...projectFactsSelect,
      location: true,
      town: true,
      description: true,
      published: true,
      version: true,
      sets: { select: { setId: true } },
      initiatives: { select: { initiativeId: true } },
    },
  });
}
export type ProjectForEdit = NonNullable<Awaited<ReturnType<typeof fetchProjectForEdit>>>;

/** Sets and initiatives a project can be linked to. */
export async function fetchLinkOptions() {
  const [sets, initiatives] = await Promise.all([
    db.set.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true } }),
    db.initiative.findMany({
      orderBy: [{ kind: 'asc' }, { position: 'asc' }],
      select: { id: true, name: true, kind: true },
    }),
  ]);
  return { sets, initiatives };
}
export type LinkOptions = Awaited<ReturnType<typeof fetchLinkOptions>>;

/** The internal workspace of one project: 包挂 (with internal phone and notes), milestones, problems. */
export async function fetchProjectWorkspace(slug: string) {
  return db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      code: true,
      ...projectFactsSelect,
      published: true,
      version: true,
      responsibilities: {
        select: {
          role: true,
          personName: true,
          post: true,
          unit: true,
          districtLevel: true,
          phone: true,
          internalNote: true,
        },
      },
      milestones: {
        orderBy: { dueDate: 'asc' },
        select: {
          id: true,
          title: true,
          standard: true,
          dueDate: true,
          responsible: true,
          status: true,
          metOn: true,
          evidence: true,
          version: true,
        },
      },
      problems: {
        orderBy: [{ status: 'asc' }, { raisedOn: 'asc' }],
        select: {
          id: true,
          description: true,
          level: true,
          expedited: true,
          status: true,
          raisedOn: true,
          resolvedOn: true,
          resolutionNote: true,
          version: true,
          steps: { orderBy: { id: 'asc' }, select: { id: true, fromLevel: true, toLevel: true, note: true, at: true } },
        },
      },
    },
  });
}
export type ProjectWorkspace = NonNullable<Awaited<ReturnType<typeof fetchProjectWorkspace>>>;
