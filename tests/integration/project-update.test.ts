import type { PrismaClient } from '@prisma/client';
import { describe, expect, it, vi } from 'vitest';
import { SLOW_TEST_MS } from '../helpers/timeouts';
import { createProject, updateProject, updateProjectStatus } from '@/lib/actions/projects';
import { fetchEntityHistory } from '@/lib/data/revisions';
import { BUSY_MESSAGE, STALE_RECORD } from '@/lib/i18n/messages/workspace';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { holdWriteLock } from '../helpers/hold-write-lock';
import { form, RedirectSignal, request } from '../helpers/next-mocks';
import { signedInAdmin } from '../helpers/signed-in-admin';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

const SLUG = 'zhicheng-huijia-smart-home-rosewood-furniture-workshop';
let prisma: PrismaClient;
let adminId: number;

signedInAdmin(
  (client, id) => {
    prisma = client;
    adminId = id;
  },
  { invalidation: true },
);

/** The edit form as the page fills it from the stored project, with some fields changed. */
async function editForm(changes: Record<string, string | string[]>) {
  const p = await prisma.project.findUniqueOrThrow({
    where: { slug: SLUG },
    include: { sets: true, initiatives: true },
  });
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return form({
    name: p.name,
    nameEn: text(p.nameEn),
    code: text(p.code),
    sector: p.sector,
    level: p.level,
    kind: p.kind,
    status: p.status,
    statusDate: text(p.statusDate),
    totalInvestment: text(p.totalInvestment),
    annualPlanInvestment: text(p.annualPlanInvestment),
    completedInvestment: text(p.completedInvestment),
    progressPercent: text(p.progressPercent),
    startDate: text(p.startDate),
    plannedCompletionDate: text(p.plannedCompletionDate),
    location: text(p.location),
    town: text(p.town),
    description: text(p.description),
    published: p.published ? 'on' : '',
    sets: p.sets.map((s) => s.setId),
    initiatives: p.initiatives.map((i) => i.initiativeId),
    reason: '',
    evidence: '',
    expectedVersion: String(p.version),
    ...changes,
  });
}

const stored = () => prisma.project.findUniqueOrThrow({ where: { slug: SLUG } });
const saved = new RedirectSignal(`/admin/projects/${SLUG}?saved=project`);

describe('updating a project', { timeout: SLOW_TEST_MS }, () => {
  it("an official edits the English name (the portal's translation); the Chinese name stays", async () => {
    const data = await editForm({
      nameEn: 'Smart-home and rosewood furniture workshop',
      reason: '改进英文译名',
      evidence: '本站翻译',
    });
    await expect(updateProject(SLUG, EMPTY_FORM_STATE, data)).rejects.toEqual(saved);
    expect(await stored()).toMatchObject({
      name: '智能家居及高档红木家具标准车间建设项目',
      nameEn: 'Smart-home and rosewood furniture workshop',
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: SLUG },
      orderBy: { id: 'desc' },
    });
    expect([JSON.parse(revision.before!).nameEn, JSON.parse(revision.after!).nameEn]).toEqual([
      'Standard workshop for smart homes and high-end rosewood furniture',
      'Smart-home and rosewood furniture workshop',
    ]);
  });

  it('saves the change and its revision (who, why, evidence, before, after), raises the version and expires the cached public pages', async () => {
    const before = await stored();
    const data = await editForm({
      status: 'completed',
      statusDate: '2023-12-20',
      progressPercent: '100',
      reason: '竣工验收',
      evidence: '区住建局竣工备案（2023-12-20）',
    });
    await expect(updateProject(SLUG, EMPTY_FORM_STATE, data)).rejects.toEqual(saved);
    const after = await stored();
    expect(after).toMatchObject({
      status: 'completed',
      statusDate: '2023-12-20',
      progressPercent: 100,
      version: before.version + 1,
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: SLUG },
      orderBy: { id: 'desc' },
    });
    expect(revision).toMatchObject({
      action: 'update',
      actorRole: 'admin',
      actorId: adminId,
      actorName: '测试admin',
      reason: '竣工验收',
      sourceRef: '区住建局竣工备案（2023-12-20）',
    });
    expect(JSON.parse(revision.before!)).toMatchObject({ status: 'underConstruction', progressPercent: null });
    expect(JSON.parse(revision.after!)).toMatchObject({ status: 'completed', progressPercent: 100 });
    // Every public page shows when the data last changed, so every cached page is expired at once.
    expect(request.revalidated).toEqual(['public {"expire":0}']);
  });

  it('refuses a stale version: a clear conflict message, nothing overwritten, the input kept', async () => {
    const stale = await editForm({ totalInvestment: '50000', reason: '第一人', evidence: '文件一' });
    const fresh = await editForm({ totalInvestment: '60000', reason: '第二人', evidence: '文件二' });
    await expect(updateProject(SLUG, EMPTY_FORM_STATE, fresh)).rejects.toEqual(saved);
    const revisions = await prisma.revision.count();
    const answer = await updateProject(SLUG, EMPTY_FORM_STATE, stale);
    expect(answer.message).toBe(STALE_RECORD);
    expect(answer.values).toMatchObject({ totalInvestment: '50000', reason: '第一人', evidence: '文件一' });
    expect((await stored()).totalInvestment).toBe(60000);
    expect(await prisma.revision.count()).toBe(revisions);
  });

  it('answers a save made while another process holds the write lock past the wait (an import) with the plain busy message: input kept, nothing written, no 500', async () => {
    const before = await stored();
    const revisions = await prisma.revision.count();
    const data = await editForm({ totalInvestment: '70000', reason: '导入期间保存', evidence: '文件三' });
    // Prisma gives up starting a transaction after 2 s (P2028); before, that reached the page as a 500.
    const holder = await holdWriteLock(3_000);
    const answer = await updateProject(SLUG, EMPTY_FORM_STATE, data);
    expect(answer.message).toBe(BUSY_MESSAGE);
    expect(answer.values).toMatchObject({ totalInvestment: '70000', reason: '导入期间保存', evidence: '文件三' });
    await holder.exited;
    expect(await stored()).toMatchObject({ totalInvestment: before.totalInvestment, version: before.version });
    expect(await prisma.revision.count()).toBe(revisions);
    // Once the lock is free, the same form saves.
    await expect(updateProject(SLUG, EMPTY_FORM_STATE, data)).rejects.toEqual(saved);
  });

  it('shows field errors in Chinese, keeps the input and writes nothing', async () => {
    const before = await stored();
    const revisions = await prisma.revision.count();
    const data = await editForm({
      totalInvestment: '-5',
      progressPercent: '120',
      startDate: '2023-02-30',
      plannedCompletionDate: '2023-13-01',
      reason: '',
    });
    const answer = await updateProject(SLUG, EMPTY_FORM_STATE, data);
    expect(answer.errors).toEqual({
      totalInvestment: '总投资不能为负数',
      progressPercent: '形象进度应为 0 到 100 之间的整数',
      startDate: '开工日期不是一个真实的日期',
      plannedCompletionDate: '计划竣工日期不是一个真实的日期',
      reason: '请填写改动原因',
      evidence: '请填写来源或依据',
    });
    expect(answer.values).toMatchObject({ totalInvestment: '-5', progressPercent: '120' });
    expect(await stored()).toEqual(before);
    expect(await prisma.revision.count()).toBe(revisions);
  });

  it('requires the evidence and, for a status change, the date it took effect', async () => {
    expect(
      (
        await updateProject(
          SLUG,
          EMPTY_FORM_STATE,
          await editForm({ status: 'suspended', statusDate: '2023-09-01', reason: '停工' }),
        )
      ).errors,
    ).toEqual({ evidence: '请填写来源或依据' });
    const answer = await updateProject(
      SLUG,
      EMPTY_FORM_STATE,
      await editForm({ status: 'suspended', statusDate: '', reason: '停工', evidence: '通报' }),
    );
    expect(answer.errors).toEqual({ statusDate: '状态改变时请填写状态生效日期' });
  });

  it('refuses a status change that keeps the old status date, unless the official confirms that date', async () => {
    const before = await stored();
    // The first test left the project completed since 2023-12-20.
    expect(before).toMatchObject({ status: 'completed', statusDate: '2023-12-20' });
    const revisions = await prisma.revision.count();
    // The form comes filled with the stored date: only the status is changed.
    const kept = await updateProject(
      SLUG,
      EMPTY_FORM_STATE,
      await editForm({ status: 'inOperation', reason: '投产', evidence: '通报' }),
    );
    expect(kept.errors).toEqual({
      statusDate:
        '状态已改变，但状态生效日期仍是原来的 2023-12-20。请填写新状态开始的日期；如果新状态确实从 2023-12-20 起生效，请勾选“新状态也从原日期起生效”。',
    });
    expect(kept.values).toMatchObject({ status: 'inOperation', statusDate: '2023-12-20', reason: '投产' });
    expect(await stored()).toEqual(before);
    expect(await prisma.revision.count()).toBe(revisions);
    const confirmed = await editForm({
      status: 'inOperation',
      statusDateConfirmed: 'on',
      reason: '竣工当日投产',
      evidence: '通报',
    });
    await expect(updateProject(SLUG, EMPTY_FORM_STATE, confirmed)).rejects.toEqual(saved);
    expect(await stored()).toMatchObject({
      status: 'inOperation',
      statusDate: '2023-12-20',
      version: before.version + 1,
    });
  });

  it('saves a 镇街 from the codelist with its revision, and refuses a code outside it', async () => {
    const before = await stored();
    expect(before.town).toBeNull();
    const outside = await updateProject(
      SLUG,
      EMPTY_FORM_STATE,
      await editForm({ town: '370112001', reason: '核对地点', evidence: '立项批复' }),
    );
    expect(outside.errors).toEqual({
      town: '镇街“370112001”无法识别，应为：文昌街道、崮云湖街道、平安街道、五峰山街道、归德街道、张夏街道、万德街道、孝里街道、马山镇、双泉镇',
    });
    expect(await stored()).toEqual(before);
    await expect(
      updateProject(
        SLUG,
        EMPTY_FORM_STATE,
        await editForm({ town: '370113005', reason: '核对地点', evidence: '立项批复' }),
      ),
    ).rejects.toEqual(saved);
    expect(await stored()).toMatchObject({ town: '370113005', version: before.version + 1 });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: SLUG },
      orderBy: { id: 'desc' },
    });
    expect([JSON.parse(revision.before!).town, JSON.parse(revision.after!).town]).toEqual([null, '370113005']);
  });

  // Runs after the 镇街 was set: the short form keeps it (it is among the untouched fields).
  it('the short status form saves status, date and progress through the same audited path, and nothing else', async () => {
    const before = await prisma.project.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { sets: true, initiatives: true },
    });
    request.revalidated.length = 0;
    const stale = form({
      status: 'suspended',
      statusDate: '2024-03-01',
      progressPercent: '55',
      reason: '停工整改',
      evidence: '区住建局通报（2024-03-01）',
      expectedVersion: String(before.version - 1),
    });
    expect((await updateProjectStatus(SLUG, EMPTY_FORM_STATE, stale)).message).toBe(STALE_RECORD);
    const empty = await updateProjectStatus(
      SLUG,
      EMPTY_FORM_STATE,
      form({
        status: 'suspended',
        statusDate: '',
        progressPercent: '101',
        reason: '',
        evidence: '',
        expectedVersion: String(before.version),
      }),
    );
    expect(empty.errors).toEqual({
      progressPercent: '形象进度应为 0 到 100 之间的整数',
      reason: '请填写改动原因',
      evidence: '请填写来源或依据',
    });
    const refused = await updateProjectStatus(
      SLUG,
      EMPTY_FORM_STATE,
      form({
        status: 'suspended',
        statusDate: before.statusDate ?? '',
        reason: '停工',
        evidence: '通报',
        expectedVersion: String(before.version),
      }),
    );
    expect(refused.errors).toEqual({
      statusDate: `状态已改变，但状态生效日期仍是原来的 ${before.statusDate}。请填写新状态开始的日期；如果新状态确实从 ${before.statusDate} 起生效，请勾选“新状态也从原日期起生效”。`,
    });
    const data = form({
      status: 'suspended',
      statusDate: '2024-03-01',
      progressPercent: '55',
      reason: '停工整改',
      evidence: '区住建局通报（2024-03-01）',
      expectedVersion: String(before.version),
    });
    await expect(updateProjectStatus(SLUG, EMPTY_FORM_STATE, data)).rejects.toEqual(
      new RedirectSignal(`/admin/projects/${SLUG}?saved=status`),
    );
    const after = await prisma.project.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { sets: true, initiatives: true },
    });
    const { status: _s, statusDate: _d, progressPercent: _p, version: _v, updatedAt: _u, ...untouched } = before;
    expect(after).toMatchObject({
      ...untouched,
      status: 'suspended',
      statusDate: '2024-03-01',
      progressPercent: 55,
      version: before.version + 1,
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'project', entityId: SLUG },
      orderBy: { id: 'desc' },
    });
    expect(revision).toMatchObject({
      action: 'update',
      actorRole: 'admin',
      reason: '停工整改',
      sourceRef: '区住建局通报（2024-03-01）',
    });
    const [was, now] = [JSON.parse(revision.before!), JSON.parse(revision.after!)] as Record<string, unknown>[];
    expect(
      Object.keys(now)
        .filter((field) => now[field] !== was[field])
        .sort(),
    ).toEqual(['progressPercent', 'status', 'statusDate', 'version']);
    expect(request.revalidated).toEqual(['public {"expire":0}']);
  });

  it('records an edit of the sets and initiatives only as the change it is, in the public history', async () => {
    const project = await prisma.project.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { sets: true, initiatives: true },
    });
    const sets = [...project.sets.map((s) => s.setId), 'key-projects-2023'];
    await expect(
      updateProject(SLUG, EMPTY_FORM_STATE, await editForm({ sets, reason: '列入年度计划', evidence: '区发改局文件' })),
    ).rejects.toEqual(saved);
    const [latest] = await fetchEntityHistory('project', SLUG);
    expect(latest).toMatchObject({
      action: 'update',
      reason: '列入年度计划',
      changes: [{ field: 'set', before: null, after: '2023年省、市、区三级重点项目' }],
    });
  });

  it('saves nothing when nothing changed', async () => {
    const revisions = await prisma.revision.count();
    await expect(
      updateProject(SLUG, EMPTY_FORM_STATE, await editForm({ reason: '核对', evidence: '核对' })),
    ).rejects.toEqual(new RedirectSignal(`/admin/projects/${SLUG}?saved=unchanged`));
    expect(await prisma.revision.count()).toBe(revisions);
  });

  it('creates a project with a pinyin slug, linked to its sets, and refuses a slug already used', async () => {
    const values = {
      name: '示例项目 测试',
      code: '',
      sector: 'industry',
      level: 'district',
      kind: 'new',
      status: 'preparation',
      sets: ['key-projects-2023'],
      initiatives: ['project-push'],
      published: 'on',
      reason: '名单公布',
      evidence: '区发改局名单',
    };
    await expect(createProject(EMPTY_FORM_STATE, form(values))).rejects.toEqual(
      new RedirectSignal('/admin/projects/shi-li-xiang-mu-ce-shi?saved=project'),
    );
    const created = await prisma.project.findUniqueOrThrow({
      where: { slug: 'shi-li-xiang-mu-ce-shi' },
      include: { sets: true, initiatives: true },
    });
    expect(created).toMatchObject({ knownAs: 'official', kind: 'new', totalInvestment: null, version: 1 });
    expect(created.sets.map((s) => s.setId)).toEqual(['key-projects-2023']);
    expect(created.initiatives.map((i) => i.initiativeId)).toEqual(['project-push']);
    const again = await createProject(EMPTY_FORM_STATE, form({ ...values, slug: 'shi-li-xiang-mu-ce-shi' }));
    expect(again.errors).toEqual({ slug: '该网址标识已被使用（网址标识不能重复使用）' });
  });
});
