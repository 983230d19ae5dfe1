import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeActor, describeChange } from '@/components/admin/change-labels';
import { fetchRecentRevisions } from '@/lib/data/dashboard';
import { loadShippedDataset } from '../helpers/load';
import { SLOW_SETUP_MS } from '../helpers/timeouts';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

describe('the workspace’s recent changes', () => {
  it('are read in words: the record’s name, the role, and the source’s title instead of its id', async () => {
    const [latest] = await fetchRecentRevisions(prisma, 1);
    const stored = await prisma.revision.findFirstOrThrow({ orderBy: { id: 'desc' } });
    const source = await prisma.source.findUniqueOrThrow({ where: { id: stored.sourceRef ?? '' } }).catch(() => null);
    expect(stored).toMatchObject({ actorRole: 'loader', action: 'create' });
    expect(describeChange(latest)).toMatch(/^新建 · (数据|项目|项目集|工作事项|来源|企业)：/);
    expect(describeChange(latest)).not.toContain(stored.entityId);
    expect(describeActor(latest)).toBe('来源数据导入');
    // The derived figures come last, with no source; otherwise the loader's evidence is a source's title.
    expect(latest.sourceRef).toBe(source ? source.title : null);
    const withSource = (await fetchRecentRevisions(prisma, 100)).find((c) => c.sourceRef !== null)!;
    const titles = (await prisma.source.findMany({ select: { title: true } })).map((s) => s.title);
    expect(titles).toContain(withSource.sourceRef);
  });
});
