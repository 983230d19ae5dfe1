import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImportAction } from '@/lib/actions/import';
import { receiveImportUpload } from '@/lib/writes/import-upload';
import { checkPendingUpload } from '@/lib/import/check-upload';
import { EMPTY_IMPORT_STATE, UPLOAD_MESSAGES } from '@/lib/import/import-state';
import { findPendingUpload, sha256, storePendingUpload } from '@/lib/import/pending-upload';
import { templateCsv } from '@/lib/import/template';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { loadShippedDataset } from '../helpers/load';
import { form, RedirectSignal, request } from '../helpers/next-mocks';
import { createUser, signInAs } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

let prisma: PrismaClient;
const users = { uploader: 0, other: 0 };
beforeAll(async () => {
  prisma = await loadShippedDataset();
  users.uploader = (await createUser(prisma, 'uploader', 'admin')).id;
  users.other = (await createUser(prisma, 'other', 'admin')).id;
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  request.reset();
  await signInAs(prisma, users.uploader);
});

const MB = 1024 * 1024;
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  receiveImportUpload(
    new Request('http://localhost/admin/import/check', {
      method: 'POST',
      body,
      headers,
      duplex: 'half',
    } as RequestInit),
  );
const upload = (bytes: Uint8Array | string, name = 'projects.csv') => {
  const data = new FormData();
  data.append('file', new File([bytes as BlobPart], name, { type: 'text/csv' }));
  return post(data);
};
const location = (response: Response) => [response.status, response.headers.get('location')];
/** New projects, each with a description of `chars` characters (3 bytes each in UTF-8). */
const newProjects = (count: number, chars = 0) =>
  templateCsv(
    Array.from({ length: count }, (_, i) => ({
      name: `上传测试项目 ${String(i + 1).padStart(5, '0')}`,
      description: '示'.repeat(chars),
    })),
  );

describe('the import upload (dry run), kept on the server by its digest', { timeout: SLOW_TEST_MS }, () => {
  it('keeps a checked file and sends the page to its dry run; counts every row past the 200 listed', async () => {
    const file = newProjects(210);
    const digest = sha256(Buffer.from(file));
    expect(location(await upload(file))).toEqual([303, `/admin/import?upload=${digest}`]);
    const check = await checkPendingUpload(prisma, users.uploader, digest);
    expect(check?.errors).toEqual([]);
    expect(check?.preview?.counts).toEqual({ created: 210, updated: 0, unchanged: 0 });
    expect(check?.preview?.creates).toHaveLength(200);
  });

  it('accepts a 4.5 MB file (the page promises 5 MB)', async () => {
    const file = Buffer.from(newProjects(1_000, 1_560));
    expect(file.length).toBeGreaterThan(4.5 * MB);
    expect(file.length).toBeLessThan(5 * MB);
    const [status, to] = location(await upload(file));
    expect([status, to]).toEqual([303, `/admin/import?upload=${sha256(file)}`]);
    expect((await checkPendingUpload(prisma, users.uploader, sha256(file)))?.preview?.counts).toEqual({
      created: 1_000,
      updated: 0,
      unchanged: 0,
    });
  });

  it('answers a file over 5 MB with the form’s message, and a 50 MB body without holding it', async () => {
    expect(location(await upload(Buffer.alloc(5 * MB + 1, 0x41)))).toEqual([303, '/admin/import?problem=tooLarge']);
    // 50 MB in fresh 64 KB pieces, with no Content-Length: read to the end (the browser then sees the answer), never
    // kept.
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * MB) return controller.close();
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
        sent += 64 * 1024;
      },
    });
    expect(location(await post(body, { 'content-type': 'multipart/form-data; boundary=x' }))).toEqual([
      303,
      '/admin/import?problem=tooLarge',
    ]);
    expect(sent).toBe(50 * MB);
  });

  it('asks for a file when none was chosen, or the body is not a form', async () => {
    expect(location(await post(form({ other: 'x' })))).toEqual([303, '/admin/import?problem=missing']);
    expect(location(await upload(''))).toEqual([303, '/admin/import?problem=missing']);
    expect(location(await post('file=x', { 'content-type': 'text/plain' }))).toEqual([
      303,
      '/admin/import?problem=missing',
    ]);
  });

  it('only the uploader can see or apply the upload; applying it writes once and drops the file', async () => {
    const file = newProjects(2);
    const digest = sha256(Buffer.from(file));
    await upload(file);
    const apply = () =>
      applyImportAction(EMPTY_IMPORT_STATE, form({ digest, reason: '上传测试', evidence: '测试文件' }));

    await signInAs(prisma, users.other);
    expect(await checkPendingUpload(prisma, users.other, digest)).toBeNull();
    expect(await apply()).toEqual({
      ...EMPTY_IMPORT_STATE,
      values: { reason: '上传测试', evidence: '测试文件' },
      errors: [{ row: null, column: null, message: UPLOAD_MESSAGES.expired }],
    });

    await signInAs(prisma, users.uploader);
    await expect(apply()).rejects.toEqual(new RedirectSignal('/admin/import?created=2&updated=0&unchanged=0'));
    expect(
      await prisma.revision.findMany({ where: { reason: '上传测试' }, select: { entityId: true, sourceRef: true } }),
    ).toEqual([
      { entityId: 'shang-chuan-ce-shi-xiang-mu-00001', sourceRef: '测试文件（文件：projects.csv）' },
      { entityId: 'shang-chuan-ce-shi-xiang-mu-00002', sourceRef: '测试文件（文件：projects.csv）' },
    ]);
    expect(await findPendingUpload(prisma, users.uploader, digest)).toBeNull();
    expect((await apply()).errors).toEqual([{ row: null, column: null, message: UPLOAD_MESSAGES.expired }]);
  });

  it('asks for reason and evidence and keeps the digest valid; an unknown digest is refused', async () => {
    const state = await applyImportAction(EMPTY_IMPORT_STATE, form({ digest: 'nope', reason: '', evidence: '' }));
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['digest', 'evidence', 'reason']);
  });

  it('forgets uploads after an hour: a late apply is refused, the next upload clears them', async () => {
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    const bytes = new Uint8Array(Buffer.from(newProjects(1)));
    const digest = await storePendingUpload(prisma, users.uploader, { fileName: 'old.csv', bytes }, hourAgo);
    expect(await findPendingUpload(prisma, users.uploader, digest)).toBeNull();
    await upload(newProjects(3));
    expect(await prisma.pendingImport.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });
});
