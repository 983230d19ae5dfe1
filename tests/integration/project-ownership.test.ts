import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import type { SignedInUser } from '@/lib/auth/roles';
import { STALE_RECORD } from '@/lib/i18n/messages/workspace';
import { statusUpdateSchema } from '@/lib/validations/project-form';
import { saveStatusUpdate } from '@/lib/writes/project-writes';
import { WriteRefused } from '@/lib/writes/write-context';
import { loadShippedDataset } from '../helpers/load';
import { createUser } from '../helpers/users';

const ASSIGNED = 'beichen-phase-ii-workshop';
const OTHER = 'runfeng-waste-equipment-environmental-products';
let prisma: PrismaClient;
let editor: SignedInUser;

beforeAll(async () => {
  prisma = await loadShippedDataset();
  const assigned = await prisma.project.findUniqueOrThrow({ where: { slug: ASSIGNED } });
  const row = await createUser(prisma, 'editor', 'editor', [assigned.id]);
  editor = { id: row.id, username: row.username, displayName: row.displayName, role: 'editor' };
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

/** The status form of `slug` as its page fills it, with a new progress. */
async function statusUpdate(slug: string, progressPercent: number) {
  const p = await prisma.project.findUniqueOrThrow({ where: { slug } });
  const form = {
    status: p.status,
    statusDate: p.statusDate ?? '',
    progressPercent: String(progressPercent),
    reason: '进度更新',
    evidence: '现场核实',
    expectedVersion: String(p.version),
  };
  return { id: p.id, update: statusUpdateSchema.parse(form) };
}

// The page's guard checks the editor's right first; the write checks it again in its own `where`,
// so a right withdrawn after the check (or a write reached another way) changes nothing.
describe("a project write carries the editor's right in its where", () => {
  it('refuses, writing nothing, a project not assigned to the editor', async () => {
    const { id, update } = await statusUpdate(OTHER, 42);
    const before = {
      project: await prisma.project.findUniqueOrThrow({ where: { id } }),
      revisions: await prisma.revision.count(),
    };
    const refusal = saveStatusUpdate(prisma, editor, id, update);
    await expect(refusal).rejects.toBeInstanceOf(WriteRefused);
    await expect(refusal).rejects.toMatchObject({ errors: {}, formMessage: STALE_RECORD });
    expect({
      project: await prisma.project.findUniqueOrThrow({ where: { id } }),
      revisions: await prisma.revision.count(),
    }).toEqual(before);
  });

  it('writes an assigned one', async () => {
    const { id, update } = await statusUpdate(ASSIGNED, 42);
    await expect(saveStatusUpdate(prisma, editor, id, update)).resolves.toBe('saved');
    expect(await prisma.project.findUniqueOrThrow({ where: { id } })).toMatchObject({
      progressPercent: 42,
      version: update.expectedVersion + 1,
    });
  });
});
