import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import EditProjectPage from '@/app/(workspace)/admin/projects/[slug]/edit/page';
import UpdateStatusPage from '@/app/(workspace)/admin/projects/[slug]/status/page';
import { saveResponsibility, addProblem } from '@/lib/actions/accountability';
import { applyImportAction } from '@/lib/actions/import';
import { receiveImportUpload } from '@/lib/writes/import-upload';
import { saveEnterpriseName } from '@/lib/actions/enterprises';
import { saveInitiative } from '@/lib/actions/initiatives';
import { createProject, updateProject, updateProjectStatus } from '@/lib/actions/projects';
import { saveUserAccess } from '@/lib/actions/users';
import { hashToken } from '@/lib/auth/sessions';
import { startCacheInvalidation } from '@/lib/cache/invalidation';
import { EMPTY_IMPORT_STATE } from '@/lib/import/import-state';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { loadShippedDataset } from '../helpers/load';
import { form, headersModule, RedirectSignal, request, untouchableFormData } from '../helpers/next-mocks';
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
  // As in the server: a write would expire the cached pages, so a refusal must not.
  startCacheInvalidation();
  const assigned = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } });
  users.admin = (await createUser(prisma, 'admin', 'admin')).id;
  users.editor = (await createUser(prisma, 'editor', 'editor', [assigned.id])).id;
  users.viewer = (await createUser(prisma, 'viewer', 'viewer')).id;
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => request.reset());

/** A request (the import upload's route) that fails the test if anything reads it. */
const untouchableRequest = () =>
  new Proxy(new Request('http://localhost/admin/import/check', { method: 'POST' }), {
    get() {
      throw new Error('the request was read before the session and role were checked');
    },
  });

/** Every write action, called as a form would call it, with input nobody may read before the guard. */
const ACTIONS = {
  updateProject: () => updateProject(SLUG, EMPTY_FORM_STATE, untouchableFormData()),
  updateProjectStatus: () => updateProjectStatus(SLUG, EMPTY_FORM_STATE, untouchableFormData()),
  createProject: () => createProject(EMPTY_FORM_STATE, untouchableFormData()),
  saveResponsibility: () => saveResponsibility(SLUG, EMPTY_FORM_STATE, untouchableFormData()),
  addProblem: () => addProblem(SLUG, EMPTY_FORM_STATE, untouchableFormData()),
  saveInitiative: () => saveInitiative(null, EMPTY_FORM_STATE, untouchableFormData()),
  saveEnterpriseName: () => saveEnterpriseName('beichen-electromechanical', EMPTY_FORM_STATE, untouchableFormData()),
  receiveImportUpload: () => receiveImportUpload(untouchableRequest()),
  applyImportAction: () => applyImportAction(EMPTY_IMPORT_STATE, untouchableFormData()),
  saveUserAccess: () => saveUserAccess(users.viewer, EMPTY_FORM_STATE, untouchableFormData()),
};

async function snapshot() {
  return {
    revisions: await prisma.revision.count(),
    projects: await prisma.project.findMany({ orderBy: { id: 'asc' } }),
    problems: await prisma.problem.count(),
    responsibilities: await prisma.responsibility.count(),
    users: await prisma.user.findMany({ orderBy: { id: 'asc' }, include: { assignments: true } }),
    pendingImports: await prisma.pendingImport.count(),
  };
}

async function expectRefused(run: () => Promise<unknown>, target: string) {
  const before = await snapshot();
  await expect(run()).rejects.toEqual(new RedirectSignal(target));
  expect(await snapshot()).toEqual(before);
  expect(request.revalidated).toEqual([]);
}

describe('every admin write action refuses before reading input, and writes nothing', { timeout: SLOW_TEST_MS }, () => {
  for (const [name, run] of Object.entries(ACTIONS)) {
    it(`${name}: without a session → sign-in`, async () => {
      await expectRefused(run, '/admin/sign-in');
    });

    it(`${name}: with a session past its absolute expiry → sign-in, and the session is deleted`, async () => {
      const token = await signInAs(prisma, users.admin, new Date(Date.now() - 9 * 3_600_000));
      expect(await prisma.session.count({ where: { id: hashToken(token) } })).toBe(1);
      await expectRefused(run, '/admin/sign-in');
      expect(await prisma.session.count({ where: { id: hashToken(token) } })).toBe(0);
    });

    it(`${name}: with a session idle for 31 minutes → sign-in, and the session is deleted`, async () => {
      const token = await signInAs(prisma, users.admin, new Date(Date.now() - 31 * 60_000));
      await expectRefused(run, '/admin/sign-in');
      expect(await prisma.session.count({ where: { id: hashToken(token) } })).toBe(0);
    });

    it(`${name}: as a viewer → no permission`, async () => {
      await signInAs(prisma, users.viewer);
      await expectRefused(run, '/admin/forbidden');
    });
  }

  it('a garbage cookie is no session', async () => {
    request.cookies.set('portal_session', { value: 'x'.repeat(5000), options: {} });
    await expectRefused(ACTIONS.updateProject, '/admin/sign-in');
  });

  it('editors may not create projects, add areas or import (admin only)', async () => {
    await signInAs(prisma, users.editor);
    for (const name of [
      'createProject',
      'saveInitiative',
      'saveEnterpriseName',
      'receiveImportUpload',
      'applyImportAction',
      'saveUserAccess',
    ] as const)
      await expectRefused(ACTIONS[name], '/admin/forbidden');
  });

  it('an editor may not change a project not assigned to them', async () => {
    await signInAs(prisma, users.editor);
    const values = form({ personName: '张三', post: '副区长', unit: '区政府', role: 'chiefDispatcher' });
    await expectRefused(() => saveResponsibility(OTHER, EMPTY_FORM_STATE, values), '/admin/forbidden');
    await expectRefused(() => updateProjectStatus(OTHER, EMPTY_FORM_STATE, untouchableFormData()), '/admin/forbidden');
  });

  it('an editor may change an assigned project (the guard lets the right person through)', async () => {
    await signInAs(prisma, users.editor);
    const values = form({ personName: '张三', post: '区发改局副局长', unit: '区发改局', role: 'chiefDispatcher' });
    await expect(saveResponsibility(SLUG, EMPTY_FORM_STATE, values)).rejects.toEqual(
      new RedirectSignal(`/admin/projects/${SLUG}?saved=responsibility#responsibilities`),
    );
    expect(await prisma.responsibility.count({ where: { role: 'chiefDispatcher' } })).toBe(1);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'responsibility' },
      orderBy: { id: 'desc' },
    });
    expect(revision).toMatchObject({
      actorRole: 'editor',
      actorId: users.editor,
      actorName: '测试editor',
      reason: '更新包挂责任人',
    });
  });

  it('an admin assigns projects to an editor; disabling an account ends its sessions', async () => {
    const other = await prisma.project.findUniqueOrThrow({ where: { slug: OTHER } });
    const assigned = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } });
    await signInAs(prisma, users.admin);
    await expect(
      saveUserAccess(users.editor, EMPTY_FORM_STATE, form({ projects: [String(assigned.id), String(other.id)] })),
    ).rejects.toEqual(new RedirectSignal('/admin/users?saved=user'));
    expect(
      (await prisma.projectAssignment.findMany({ where: { userId: users.editor }, orderBy: { projectId: 'asc' } })).map(
        (a) => a.projectId,
      ),
    ).toEqual([assigned.id, other.id].sort((a, b) => a - b));
    const victim = await createUser(prisma, 'to-disable', 'viewer');
    await prisma.session.create({ data: { id: 'x', userId: victim.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await expect(saveUserAccess(victim.id, EMPTY_FORM_STATE, form({ disabled: 'on' }))).rejects.toEqual(
      new RedirectSignal('/admin/users?saved=user'),
    );
    expect(await prisma.session.count({ where: { userId: victim.id } })).toBe(0);
    expect((await saveUserAccess(users.admin, EMPTY_FORM_STATE, form({ disabled: 'on' }))).errors).toEqual({
      disabled: '不能停用自己的账户',
    });
    await prisma.projectAssignment.deleteMany({ where: { userId: users.editor, projectId: other.id } });
  });

  it('a disabled account is signed out', async () => {
    const disabled = await createUser(prisma, 'disabled', 'admin');
    await signInAs(prisma, disabled.id);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    await expectRefused(ACTIONS.updateProject, '/admin/sign-in');
  });
});

/** The pages that change one project (edit, status): one guard, which reads the session once. */
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
