import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as downloadData } from '@/app/data/[file]/route';
import { GET as downloadTemplate } from '@/app/(workspace)/admin/import/template/route';
import { applyImport } from '@/lib/writes/import-apply';
import { planImport } from '@/lib/import/plan-import';
import { parseCsv, readImportFile } from '@/lib/import/read-table';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { loadShippedDataset } from '../helpers/load';
import { request } from '../helpers/next-mocks';
import { createUser, signInAs } from '../helpers/users';

vi.mock('next/headers', () => import('../helpers/next-mocks').then((m) => m.headersModule));
vi.mock('next/navigation', () => import('../helpers/next-mocks').then((m) => m.navigationModule));
vi.mock('next/cache', () => import('../helpers/next-mocks').then((m) => m.cacheModule));

const SLUG = 'beichen-phase-ii-workshop';
const FORMULA = '=HYPERLINK("http://x")';
let prisma: PrismaClient;

beforeAll(async () => {
  prisma = await loadShippedDataset();
  request.reset();
  await signInAs(prisma, (await createUser(prisma, 'admin', 'admin')).id);
  // An editor renames a project to a formula (any text is a valid name).
  const rename = [`slug,name`, `${SLUG},"${FORMULA.replaceAll('"', '""')}"`].join('\n');
  const table = await readImportFile(new Uint8Array(Buffer.from(`项目名称\n${rename}\n`)));
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  await applyImport(prisma, table.rows, {
    actor: { role: 'editor', id: null, name: '测试编辑' },
    reason: '改名',
    sourceRef: null,
  });
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

/** The raw text of the cell in the row that holds `slug`, in the column `key`, as written in the file. */
async function rawCell(response: Response, key: string): Promise<string> {
  const lines = new TextDecoder('utf-8', { ignoreBOM: true })
    .decode(await response.arrayBuffer())
    .slice(1)
    .split('\r\n');
  const keys = parseCsv(lines.find((line) => line.split(',').includes('slug'))!)[0];
  const line = lines.find((l) => l.includes(SLUG))!;
  // Rebuild the exact written cell: split the line on commas outside quotes.
  const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
  return cells[keys.indexOf(key)];
}

describe('formulas in the CSVs the portal writes', { timeout: SLOW_TEST_MS }, () => {
  it('the import template writes a renamed project’s name exactly as /data/projects.csv does, neutralised', async () => {
    expect(await prisma.project.findUniqueOrThrow({ where: { slug: SLUG }, select: { name: true } })).toEqual({
      name: FORMULA,
    });
    const fromData = await rawCell(
      await downloadData(new Request('http://localhost/data/projects.csv'), {
        params: Promise.resolve({ file: 'projects.csv' }),
      }),
      'name',
    );
    const fromTemplate = await rawCell(
      await downloadTemplate(new Request('http://localhost/admin/import/template?format=csv')),
      'name',
    );
    expect(fromData).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(fromTemplate).toBe(fromData);
  });

  it('the template still imports as “no change”: the importer reads the guarded name back as it was', async () => {
    const template = await downloadTemplate(new Request('http://localhost/admin/import/template?format=csv'));
    const table = await readImportFile(new Uint8Array(await template.arrayBuffer()));
    if (!table.ok) throw new Error(JSON.stringify(table.errors));
    expect(await planImport(prisma, table.rows)).toMatchObject({ errors: [], creates: [], updates: [], unchanged: 3 });
  });
});
