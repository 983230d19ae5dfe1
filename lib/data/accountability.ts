import 'server-only';
import { db } from '@/lib/db';
import { RESPONSIBILITY_ROLE_CODES } from '@/lib/domain/accountability';

/**
 * What the public may see of a project's accountability: who answers for it (name, post, unit)
 * and how many blocking problems are open or resolved. Phone numbers, internal notes and problem
 * texts are never selected, so they cannot reach a page by mistake.
 */
export async function fetchProjectAccountability(projectId: number) {
  const [responsibilities, problems] = await Promise.all([
    db.responsibility.findMany({ where: { projectId }, select: { role: true, personName: true, post: true, unit: true } }),
    db.problem.groupBy({ by: ['status'], where: { projectId }, _count: { _all: true } }),
  ]);
  const order = (role: string) => RESPONSIBILITY_ROLE_CODES.indexOf(role as (typeof RESPONSIBILITY_ROLE_CODES)[number]);
  const count = (status: string) => problems.find((row) => row.status === status)?._count._all ?? 0;
  return {
    responsibilities: responsibilities.sort((a, b) => order(a.role) - order(b.role)),
    problems: { open: count('open'), resolved: count('resolved') },
  };
}
export type ProjectAccountabilityData = Awaited<ReturnType<typeof fetchProjectAccountability>>;
