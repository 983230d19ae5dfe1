import 'server-only';
import { db } from '@/lib/db';
import { MILESTONE_STATUS_CODES, RESPONSIBILITY_ROLE_CODES, type MilestoneStatus } from '@/lib/domain/accountability';

/**
 * What the public may see of a project's accountability: who answers for it (name, post, unit),
 * how many blocking problems are open or resolved, and how its inspection milestones stand.
 * Phone numbers, internal notes, problem texts and milestone titles are never selected, so they
 * cannot reach a page by mistake.
 *
 * "No record" is not zero. The portal has no way to record "this project has no problems", so a
 * count of 0 is only true of a record that exists: problems and milestones are "recorded" when
 * officials have entered at least one for the project (open or resolved, due or met); otherwise
 * they are null and the page says 暂无公开记录. A 包挂 role is recorded when its person is entered.
 */
export async function fetchProjectAccountability(projectId: number) {
  const [responsibilities, problems, milestones] = await Promise.all([
    db.responsibility.findMany({
      where: { projectId },
      select: { role: true, personName: true, post: true, unit: true },
    }),
    db.problem.groupBy({ by: ['status'], where: { projectId }, _count: { _all: true } }),
    db.milestone.groupBy({ by: ['status'], where: { projectId }, _count: { _all: true } }),
  ]);
  const order = (role: string) => RESPONSIBILITY_ROLE_CODES.indexOf(role as (typeof RESPONSIBILITY_ROLE_CODES)[number]);
  const counter = (rows: { status: string; _count: { _all: number } }[]) => (status: string) =>
    rows.find((row) => row.status === status)?._count._all ?? 0;
  const problemCount = counter(problems);
  const milestoneCount = counter(milestones);
  return {
    responsibilities: responsibilities.sort((a, b) => order(a.role) - order(b.role)),
    problems: problems.length === 0 ? null : { open: problemCount('open'), resolved: problemCount('resolved') },
    milestones:
      milestones.length === 0
        ? null
        : (Object.fromEntries(MILESTONE_STATUS_CODES.map((status) => [status, milestoneCount(status)])) as Record<
            MilestoneStatus,
            number
          >),
  };
}
