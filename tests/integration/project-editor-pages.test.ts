import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import EditProjectPage from '@/app/(workspace)/admin/projects/[slug]/edit/page';
import UpdateStatusPage from '@/app/(workspace)/admin/projects/[slug]/status/page';
import { loadShippedDataset } from '../helpers/load';
import { headersModule, RedirectSignal, request } from '../helpers/next-mocks';
import { SLOW_SETUP_MS } from '../helpers/timeouts';
import { createUser, signInAs } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

const SLUG = 'beichen-phase-ii-workshop';
const OTHER = 'runfeng-waste-equipment-environmental-products';
let prisma: PrismaClient;
const users: Record<string, number> = {};

beforeAll(async () => {
  prisma = await loadShippedDataset();
  const assigned = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } });
  users.editor = (await createUser(prisma, 'editor', 'editor', [assigned.id])).id;
  users.viewer = (await createUser(prisma, 'viewer', 'viewer')).id;
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => request.reset());

const PAGES = { edit: EditProjectPage, status: UpdateStatusPage };
const open = (page: keyof typeof PAGES, slug: string) => PAGES[page]({ params: Promise.resolve({ slug }) });
const refusal = (page: keyof typeof PAGES, slug: string) =>
  open(page, slug).then(
    () => 'shown',
    (error: Error) => (error instanceof RedirectSignal ? error.url : error.message),
  );

describe.each(['edit', 'status'] as const)('the %s page of a project', (page) => {
  it('reads the session once for an editor of the project', async () => {
    await signInAs(prisma, users.editor);
    const cookies = vi.spyOn(headersModule, 'cookies');
    try {
      expect(await refusal(page, SLUG)).toBe('shown');
      expect(cookies).toHaveBeenCalledTimes(1);
    } finally {
      cookies.mockRestore();
    }
  });

  it('sends the signed-out to sign in, refuses a viewer and a project not theirs, and has no page for none', async () => {
    expect(await refusal(page, SLUG)).toBe('/admin/sign-in');
    await signInAs(prisma, users.viewer);
    expect(await refusal(page, SLUG)).toBe('/admin/forbidden');
    await signInAs(prisma, users.editor);
    expect(await refusal(page, OTHER)).toBe('/admin/forbidden');
    expect(await refusal(page, 'no-such-project')).toBe('NEXT_NOT_FOUND');
    expect(await refusal(page, 'Not A Slug')).toBe('NEXT_NOT_FOUND');
  });
});
