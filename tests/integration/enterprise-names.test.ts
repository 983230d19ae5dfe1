import type { PrismaClient } from '@prisma/client';
import { describe, expect, it, vi } from 'vitest';
import { saveEnterpriseName } from '@/lib/actions/enterprises';
import { EMPTY_FORM_STATE } from '@/lib/validations/form-state';
import { form, RedirectSignal } from '../helpers/next-mocks';
import { SLOW_TEST_MS } from '../helpers/timeouts';
import { signedInAdmin } from '../helpers/signed-in-admin';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

const ID = 'beichen-electromechanical';
let prisma: PrismaClient;

signedInAdmin((client) => {
  prisma = client;
});

const stored = () => prisma.enterprise.findUniqueOrThrow({ where: { id: ID }, select: { name: true, nameEn: true } });

describe("an official edits an enterprise's English name (the portal's translation)", { timeout: SLOW_TEST_MS }, () => {
  it("saves it with a public revision; the Chinese name stays the sources'", async () => {
    const save = saveEnterpriseName(
      ID,
      EMPTY_FORM_STATE,
      form({ nameEn: 'Beichen Electromechanical Equipment Company', reason: '统一译名', name: '改名企业' }),
    );
    await expect(save).rejects.toEqual(new RedirectSignal('/admin/enterprises?saved=enterprise'));
    expect(await stored()).toEqual({
      name: '北辰机电设备有限公司',
      nameEn: 'Beichen Electromechanical Equipment Company',
    });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'enterprise', entityId: ID },
      orderBy: { id: 'desc' },
    });
    expect(revision).toMatchObject({
      action: 'update',
      actorRole: 'admin',
      reason: '统一译名',
      sourceRef: null,
      public: true,
    });
    expect(JSON.parse(revision.after!)).toEqual({
      id: ID,
      name: '北辰机电设备有限公司',
      nameEn: 'Beichen Electromechanical Equipment Company',
    });
  });

  it('needs a reason, and keeps the input', async () => {
    const state = await saveEnterpriseName(ID, EMPTY_FORM_STATE, form({ nameEn: 'Beichen', reason: '' }));
    expect(state.errors).toEqual({ reason: '请填写改动原因' });
    expect(state.values.nameEn).toBe('Beichen');
    expect((await stored()).nameEn).toBe('Beichen Electromechanical Equipment Company');
  });

  it('an unknown enterprise goes back to the list; the same name saves nothing', async () => {
    const revisions = await prisma.revision.count();
    await expect(
      saveEnterpriseName('no-such-enterprise', EMPTY_FORM_STATE, form({ nameEn: 'X', reason: '测试' })),
    ).rejects.toEqual(new RedirectSignal('/admin/enterprises'));
    const same = form({ nameEn: 'Beichen Electromechanical Equipment Company', reason: '测试' });
    await expect(saveEnterpriseName(ID, EMPTY_FORM_STATE, same)).rejects.toEqual(
      new RedirectSignal('/admin/enterprises?saved=unchanged'),
    );
    expect(await prisma.revision.count()).toBe(revisions);
  });
});
