import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as siteFeed } from '@/app/feed.xml/route';
import { GET as projectFeed } from '@/app/projects/[slug]/feed.xml/route';
import { saveInitiative } from '@/lib/actions/initiatives';
import { createProject, updateProject } from '@/lib/actions/projects';
import { fetchFooterData } from '@/lib/data/footer';
import { fetchChangesPage, fetchEntityHistory } from '@/lib/data/revisions';
import { searchEverything } from '@/lib/data/search';
import { AUDITED } from '@/lib/revisions/audit-model';
import { onPostgres } from '@/lib/sql/dialect';
import { PUBLIC_ENTITY_TYPES } from '@/lib/validations/changes';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { loadShippedDataset } from '../helpers/load';
import { form, RedirectSignal, request } from '../helpers/next-mocks';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { createUser, signInAs } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

/**
 * Issue 9, defect 1: a project or results area created with "在公开网站上显示" unchecked must not
 * reach the public history, the feeds, the footer's "数据更新于" or search; once published, its
 * history shows from the publishing revision on, and unpublishing hides it again.
 */

const SLUG = 'shi-li-wei-gong-kai-xiang-mu';
// Every text the official typed: none of it may appear anywhere public while unpublished.
const PROJECT = {
  name: '示例项目 未公开',
  code: '',
  sector: 'industry',
  level: 'district',
  kind: 'new',
  status: 'preparation',
  statusDate: '',
  totalInvestment: '',
  annualPlanInvestment: '',
  completedInvestment: '',
  progressPercent: '',
  startDate: '',
  plannedCompletionDate: '',
  location: '示例地点 一号',
  description: '示例简介 内部',
  published: '',
  sets: ['key-projects-2023'],
  initiatives: ['project-push'],
  reason: '示例原因 内部登记',
  evidence: '示例依据 内部文件',
};
const AREA = {
  name: '示例领域 未公开',
  nameEn: 'Example area unpublished',
  summary: '示例领域简介 一号',
  published: '',
  reason: '示例原因 领域登记',
  evidence: '',
};
const SECRETS = [
  SLUG,
  PROJECT.name,
  PROJECT.location,
  PROJECT.description,
  PROJECT.reason,
  PROJECT.evidence,
  AREA.name,
  AREA.nameEn,
  AREA.summary,
  AREA.reason,
];

let prisma: PrismaClient;
let areaId: string;

beforeAll(async () => {
  prisma = await loadShippedDataset();
  const admin = await createUser(prisma, 'admin', 'admin');
  request.reset();
  await signInAs(prisma, admin.id);
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(() => void (request.revalidated.length = 0));

async function untilDatabaseClockPasses(moment: Date) {
  // The clock that stamps revisions: SQLite's, or PostgreSQL's clock_timestamp().
  const now = async () => {
    const [row] = onPostgres()
      ? await prisma.$queryRaw<
          { now: string }[]
        >`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "now"`
      : await prisma.$queryRaw<{ now: string }[]>`SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS "now"`;
    return Date.parse(row.now);
  };
  await expect.poll(now, { interval: 1 }).toBeGreaterThan(moment.getTime());
}

/** Everything the public can read about changes, as one snapshot. */
async function publicView() {
  const [all, initiatives, projects, footer, feed, ownFeed, projectHits, areaHits] = await Promise.all([
    fetchChangesPage({ type: undefined, page: 1 }),
    fetchChangesPage({ type: 'initiative', page: 1 }),
    fetchChangesPage({ type: 'project', page: 1 }),
    fetchFooterData(),
    siteFeed().then((r) => r.text()),
    projectFeed(new Request('http://localhost'), { params: Promise.resolve({ slug: SLUG }) }),
    searchEverything({ q: PROJECT.name, type: 'project', page: 1 }),
    searchEverything({ q: AREA.name, type: 'initiative', page: 1 }),
  ]);
  const found = (outcome: typeof projectHits, kind: string) =>
    outcome.groups.find((group) => group.kind === kind)!.total;
  return {
    all,
    initiatives,
    projects,
    updated: footer.updated,
    feed,
    ownFeed,
    projectHits: found(projectHits, 'project'),
    areaHits: found(areaHits, 'initiative'),
  };
}

const redirected = (url: string) => new RedirectSignal(url);

async function editProject(changes: Record<string, string>) {
  const p = await prisma.project.findUniqueOrThrow({ where: { slug: SLUG } });
  const data = form({
    ...PROJECT,
    published: p.published ? 'on' : '',
    location: p.location ?? '',
    expectedVersion: String(p.version),
    ...changes,
  });
  await expect(updateProject(SLUG, EMPTY_FORM_STATE, data)).rejects.toEqual(
    redirected(`/admin/projects/${SLUG}?saved=project`),
  );
}

async function editArea(changes: Record<string, string>) {
  await expect(saveInitiative(areaId, EMPTY_FORM_STATE, form({ ...AREA, ...changes }))).rejects.toEqual(
    redirected('/admin/initiatives?saved=initiative'),
  );
}

describe('unpublished projects and results areas stay out of the public history', { timeout: SLOW_TEST_MS }, () => {
  let before: Awaited<ReturnType<typeof publicView>>;

  it('created and edited unpublished: every public reader answers exactly as before', async () => {
    before = await publicView();
    // The triggers stamp revisions with SQLite's clock, to the millisecond: once it reads past the
    // newest public time, a leaked write could not show the same "updated" time as before.
    await untilDatabaseClockPasses(before.updated!);
    await expect(createProject(EMPTY_FORM_STATE, form({ ...PROJECT, slug: SLUG }))).rejects.toEqual(
      redirected(`/admin/projects/${SLUG}?saved=project`),
    );
    await expect(saveInitiative(null, EMPTY_FORM_STATE, form(AREA))).rejects.toEqual(
      redirected('/admin/initiatives?saved=initiative'),
    );
    areaId = (await prisma.initiative.findFirstOrThrow({ where: { name: AREA.name }, select: { id: true } })).id;
    await editProject({ location: '示例地点 二号', reason: '示例原因 内部修改' });
    await editArea({ summary: '示例领域简介 二号', evidence: '示例依据 领域内部' });
    // The writes were recorded (the workspace's own history keeps them) ...
    expect(await prisma.revision.count({ where: { entityId: { in: [SLUG, areaId] } } })).toBe(4);

    // ... but the public sees nothing of them: not a name, not a date.
    const after = await publicView();
    expect(after.ownFeed.status).toBe(404);
    expect({ ...after, ownFeed: undefined }).toEqual({ ...before, ownFeed: undefined });
    const everything = JSON.stringify([after.all, after.initiatives, after.projects]) + after.feed;
    for (const secret of [
      ...SECRETS,
      areaId,
      '示例地点 二号',
      '示例原因 内部修改',
      '示例领域简介 二号',
      '示例依据 领域内部',
    ])
      expect(everything).not.toContain(secret);
    expect(after.projectHits).toBe(0);
    expect(after.areaHits).toBe(0);
  });

  it('published later: its history appears from the publishing revision on, not before', async () => {
    await editProject({ published: 'on', reason: '示例原因 公开', evidence: '示例依据 公告' });
    await editArea({
      summary: '示例领域简介 二号',
      published: 'on',
      reason: '示例原因 领域公开',
      evidence: '示例依据 领域公告',
    });
    await editProject({ progressPercent: '10', reason: '示例原因 进度', evidence: '示例依据 通报' });

    // The publishing revision shows what it made public, never the values before it.
    const history = await fetchEntityHistory('project', SLUG);
    expect(history.map((c) => [c.action, c.reason, c.sourceRef])).toEqual([
      ['update', '示例原因 进度', '示例依据 通报'],
      ['publish', '示例原因 公开', '示例依据 公告'],
    ]);
    expect(history[1].changes).toEqual([
      { field: 'slug', before: null, after: SLUG },
      { field: 'name', before: null, after: PROJECT.name },
      { field: 'description', before: null, after: PROJECT.description },
      { field: 'sector', before: null, after: 'industry' },
      { field: 'level', before: null, after: 'district' },
      { field: 'kind', before: null, after: 'new' },
      { field: 'status', before: null, after: 'preparation' },
      { field: 'location', before: null, after: '示例地点 二号' },
      { field: 'knownAs', before: null, after: 'official' },
      { field: 'published', before: null, after: 1 },
    ]);
    const areaHistory = await fetchEntityHistory('initiative', areaId);
    expect(areaHistory.map((c) => [c.action, c.name, c.reason, c.changes])).toEqual([
      [
        'publish',
        AREA.name,
        '示例原因 领域公开',
        [
          { field: 'kind', before: null, after: 'resultArea' },
          { field: 'parentId', before: null, after: 'two-year-results' },
          { field: 'name', before: null, after: AREA.name },
          { field: 'nameEn', before: null, after: AREA.nameEn },
          { field: 'summary', before: null, after: '示例领域简介 二号' },
          { field: 'published', before: null, after: 1 },
        ],
      ],
    ]);

    const view = await publicView();
    expect(view.all.total).toBe(before.all.total + 3);
    expect(view.all.items.slice(0, 3).map((c) => [c.entityId, c.reason])).toEqual([
      [SLUG, '示例原因 进度'],
      [areaId, '示例原因 领域公开'],
      [SLUG, '示例原因 公开'],
    ]);
    expect(view.all.items.slice(3)).toEqual(before.all.items.slice(0, 17));
    expect(view.initiatives.total).toBe(before.initiatives.total + 1);
    expect(view.initiatives.items[0]).toEqual(areaHistory[0]);
    expect(view.updated).toEqual(history[0].at);

    const entries = [...view.feed.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(entries.slice(1, 5)).toEqual([
      `修改项目：${PROJECT.name}`,
      `公开工作事项：${AREA.name}`,
      `公开项目：${PROJECT.name}`,
      before.feed.match(/<entry>\s*<id>[^<]*<\/id>\s*<title>([^<]*)</)![1],
    ]);
    expect(view.ownFeed.status).toBe(200);
    const ownEntries = [...(await view.ownFeed.text()).matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(ownEntries).toEqual([`${PROJECT.name}：更新记录`, `修改项目：${PROJECT.name}`, `公开项目：${PROJECT.name}`]);
    // Nothing typed while it was unpublished shows, though the entity itself now does.
    const everything = JSON.stringify([view.all, view.initiatives, history, areaHistory]) + view.feed;
    for (const secret of [
      PROJECT.reason,
      PROJECT.evidence,
      '示例原因 内部修改',
      PROJECT.location,
      AREA.reason,
      AREA.summary,
      '示例依据 领域内部',
    ])
      expect(everything).not.toContain(secret);
    expect(view.projectHits).toBe(1);
    expect(view.areaHits).toBe(1);
  });

  it('unpublished again: its whole history is hidden again, and 数据更新于 goes back', async () => {
    const areaPublished = (await fetchEntityHistory('initiative', areaId))[0];
    await editProject({ published: '', reason: '示例原因 撤回', evidence: '示例依据 撤回' });
    expect(await fetchEntityHistory('project', SLUG)).toEqual([]);
    const view = await publicView();
    expect(view.all.total).toBe(before.all.total + 1);
    expect(view.all.items[0]).toEqual(areaPublished);
    expect(view.updated).toEqual(areaPublished.at);
    expect(view.ownFeed.status).toBe(404);
    expect(JSON.stringify([view.all, view.projects]) + view.feed).not.toContain(SLUG);
    expect(view.feed).not.toContain(PROJECT.name);
    expect(view.projectHits).toBe(0);
  });

  it('the trigger that marks revisions public knows exactly the public types', async () => {
    // Asked of the trigger itself on either engine: a revision of each audited type, rolled back.
    const types = AUDITED.map((audited) => audited.entityType);
    const marked = await prisma
      .$transaction(async (tx) => {
        const data = (entityType: string) => ({
          entityType,
          entityId: 'public-types',
          action: 'create',
          after: '{}',
          actorRole: 'editor',
          actorName: '测试',
          reason: '测试',
        });
        for (const type of types) await tx.revision.create({ data: data(type) });
        const rows = await tx.revision.findMany({ where: { entityId: 'public-types', public: true } });
        throw Object.assign(new Error('rolled back'), { rows });
      })
      .catch((error: { rows: { entityType: string }[] }) => error.rows.map((row) => row.entityType));
    expect(marked.sort()).toEqual([...PUBLIC_ENTITY_TYPES].sort());
  });
});
