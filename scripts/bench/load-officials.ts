import { hashPassword } from '@/lib/auth/password';
import { createSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { createPrismaClient } from '@/lib/prisma-client';
import { BUSY_MESSAGE } from '@/lib/i18n/messages/workspace';
import { submitForm } from './html-form';
import { tally } from './report';

/**
 * Officials editing during the load benchmark: editors with their own projects and a session
 * made directly in the database (the benchmark measures editing, not signing in). Each edit
 * carries a token in its reason, so that the revisions can be counted afterwards.
 */

export type Official = { cookie: string; slugs: string[] };
export type EditLog = { sent: number; acknowledged: string[]; refused: Record<string, number>; latencies: number[] };

const REASON = '负载测试修改';

export async function createOfficials(databaseUrl: string, count: number, projectsEach: number): Promise<Official[]> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const projects = await prisma.project.findMany({
      where: { published: true },
      orderBy: { id: 'asc' },
      take: count * projectsEach,
      select: { id: true, slug: true },
    });
    const passwordHash = await hashPassword(`bench-load ${Date.now()} password`);
    const officials: Official[] = [];
    for (let i = 0; i < count; i += 1) {
      const own = projects.slice(i * projectsEach, (i + 1) * projectsEach);
      const user = await prisma.user.create({
        data: {
          username: `bench-load-${Date.now()}-${i}`,
          displayName: `负载测试编辑 ${i + 1}`,
          role: 'editor',
          passwordHash,
          assignments: { create: own.map((p) => ({ projectId: p.id })) },
        },
      });
      officials.push({
        cookie: `${SESSION_COOKIE}=${await createSession(prisma, user.id)}`,
        slugs: own.map((p) => p.slug),
      });
    }
    return officials;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * One official editing their projects in turn until `running()` is false: open the edit form,
 * change the progress, send it. Acknowledged = the workspace's redirect to the saved project.
 */
export async function editUntil(
  baseUrl: string,
  official: Official,
  index: number,
  running: () => boolean,
  log: EditLog,
): Promise<void> {
  for (let n = 0; running(); n += 1) {
    const slug = official.slugs[n % official.slugs.length];
    const url = `${baseUrl}/admin/projects/${slug}/edit`;
    const token = `${index}-${n}-${Date.now()}`;
    const started = performance.now();
    try {
      const page = await fetch(url, { headers: { Cookie: official.cookie } });
      const html = await page.text();
      log.sent += 1;
      const response = await submitForm(
        url,
        html,
        'project',
        { progressPercent: String(n % 101), reason: `${REASON} ${token}`, evidence: '负载测试（合成数据）' },
        { Cookie: official.cookie },
      );
      const body = await response.text();
      const location = response.headers.get('location') ?? '';
      if (response.status === 303 && location.includes('saved=')) log.acknowledged.push(token);
      // The form's "busy with an import" answer: a refusal in plain words, nothing written.
      else if (body.includes(BUSY_MESSAGE.slice(0, 20))) tally(log.refused, `${response.status} busy`);
      else tally(log.refused, String(response.status));
    } catch (error) {
      tally(log.refused, (error as Error).message);
    }
    log.latencies.push(performance.now() - started);
  }
}

/** How many of the acknowledged edits are in the revision history exactly once, missing, or repeated. */
export async function checkEdits(
  databaseUrl: string,
  acknowledged: string[],
): Promise<{ once: number; missing: number; repeated: number; unacknowledged: number }> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const rows = await prisma.revision.findMany({
      where: { reason: { startsWith: `${REASON} ` } },
      select: { reason: true },
    });
    const counts: Record<string, number> = {};
    for (const { reason } of rows) tally(counts, reason.slice(REASON.length + 1));
    const wanted = new Set(acknowledged);
    return {
      once: acknowledged.filter((token) => counts[token] === 1).length,
      missing: acknowledged.filter((token) => !(token in counts)).length,
      repeated: acknowledged.filter((token) => (counts[token] ?? 0) > 1).length,
      // Saved but never acknowledged (e.g. the answer was lost): not an error, but reported.
      unacknowledged: Object.keys(counts).filter((token) => !wanted.has(token)).length,
    };
  } finally {
    await prisma.$disconnect();
  }
}
