import 'server-only';
import type { PrismaClient } from '@prisma/client';
import { daysBetween } from '@/lib/domain/accountability';

/**
 * The officials' dashboard. Every function takes the client and "today" (ISO date) so that
 * tests can fix both; pages pass lib/db and todayInChina().
 */

const PROGRAMME_SET = 'key-projects-2023';
const DEADLINE_FIGURE = 'keyProjects2023.newStartDeadline';
const STARTED = ['underConstruction', 'completed', 'inOperation'];

export async function countProjectsByStatus(prisma: PrismaClient) {
  const rows = await prisma.project.groupBy({ by: ['status'], _count: { _all: true } });
  return rows.map((row) => ({ status: row.status, count: row._count._all }));
}

/**
 * New projects of the 2023 programme not started by the deadline the source gives (上半年 →
 * 2023-06-30): no start date on or before it, and no started status dated on or before it.
 */
export async function fetchNewProjectsNotStarted(prisma: PrismaClient) {
  const deadline = await prisma.figure.findUnique({
    where: { key: DEADLINE_FIGURE },
    select: { value: true, quote: true },
  });
  if (!deadline) return { deadline: null, projects: [] };
  const projects = await prisma.project.findMany({
    where: {
      kind: 'new',
      sets: { some: { setId: PROGRAMME_SET } },
      // Spelled out with nulls: in SQL, NOT (NULL <= date) is not true, so NOT { … } would drop undated projects.
      AND: [
        { OR: [{ startDate: null }, { startDate: { gt: deadline.value } }] },
        { OR: [{ status: { notIn: STARTED } }, { statusDate: null }, { statusDate: { gt: deadline.value } }] },
      ],
    },
    orderBy: { name: 'asc' },
    select: { slug: true, name: true, status: true, startDate: true },
  });
  return { deadline: deadline.value, projects };
}

export async function fetchOverdueMilestones(prisma: PrismaClient, today: string) {
  const milestones = await prisma.milestone.findMany({
    where: { status: { not: 'met' }, dueDate: { lt: today } },
    orderBy: { dueDate: 'asc' },
    take: 100,
    select: {
      id: true,
      title: true,
      dueDate: true,
      responsible: true,
      project: { select: { slug: true, name: true } },
    },
  });
  return milestones.map((m) => ({ ...m, daysOverdue: daysBetween(m.dueDate, today) }));
}

export async function fetchOpenProblems(prisma: PrismaClient, today: string) {
  const problems = await prisma.problem.findMany({
    where: { status: 'open' },
    orderBy: { raisedOn: 'asc' },
    take: 200,
    select: {
      id: true,
      description: true,
      level: true,
      expedited: true,
      raisedOn: true,
      project: { select: { slug: true, name: true } },
    },
  });
  return problems.map((p) => ({ ...p, ageDays: daysBetween(p.raisedOn, today) }));
}

/**
 * The latest revisions for the workspace dashboard, public or not (the feed's public ones are
 * fetchRecentPublicChanges in lib/data/revisions.ts), each with its stored row (to name it) and
 * the admin page of the project it belongs to.
 */
export async function fetchRecentRevisions(prisma: PrismaClient, take = 20) {
  const revisions = await prisma.revision.findMany({
    orderBy: { id: 'desc' },
    take,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      action: true,
      at: true,
      actorRole: true,
      actorName: true,
      reason: true,
      sourceRef: true,
      before: true,
      after: true,
    },
  });
  const projectIds = new Set<number>();
  const parsed = revisions.map(({ before, after, ...revision }) => {
    const record = JSON.parse(after ?? before ?? '{}') as { projectId?: number };
    if (typeof record.projectId === 'number') projectIds.add(record.projectId);
    return { ...revision, projectId: record.projectId ?? null, record: record as Record<string, unknown> };
  });
  // The loader's evidence is a source id: officials read the source's title instead.
  const sourceIds = [...new Set(parsed.flatMap((r) => (r.actorRole === 'loader' && r.sourceRef ? [r.sourceRef] : [])))];
  const [projects, sources] = await Promise.all([
    prisma.project.findMany({ where: { id: { in: [...projectIds] } }, select: { id: true, slug: true } }),
    prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } }),
  ]);
  const slugOf = new Map(projects.map((p) => [p.id, p.slug]));
  const titleOf = new Map(sources.map((s) => [s.id, s.title]));
  return parsed.map(({ projectId, ...revision }) => ({
    ...revision,
    sourceRef:
      revision.actorRole === 'loader' && revision.sourceRef
        ? (titleOf.get(revision.sourceRef) ?? revision.sourceRef)
        : revision.sourceRef,
    projectSlug:
      revision.entityType === 'project'
        ? revision.entityId
        : projectId === null
          ? null
          : (slugOf.get(projectId) ?? null),
  }));
}
