/**
 * Child process of tests/integration/crash.test.ts: edits one project through withAudit() as fast
 * as it can, printing "ack N" only after edit N has committed, until it is killed.
 * Usage: tsx tests/helpers/edit-burst.ts PROJECT_ID (DATABASE_URL set).
 */
import { createPrismaClient } from '@/lib/prisma-client';
import { withAudit } from '@/lib/revisions/with-audit';

const projectId = Number(process.argv[2]);
const prisma = createPrismaClient();
const context = (n: number) => ({
  actor: { role: 'editor' as const, id: null, name: '崩溃测试' },
  reason: `crash-edit ${n}`,
  sourceRef: null,
});

async function main() {
  for (let n = 1; ; n += 1) {
    await withAudit(prisma, context(n), (tx) =>
      tx.project.update({
        where: { id: projectId },
        data: { progressPercent: n % 101, description: `crash-edit ${n}`, version: { increment: 1 } },
      }),
    );
    process.stdout.write(`ack ${n}\n`);
  }
}

void main();
