import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_SETUP_MS, SLOW_TEST_MS } from '../helpers/timeouts';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { applyImport, ImportRefused } from '@/lib/writes/import-apply';
import { planImport } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';
import { templateCsv, templateXlsx } from '@/lib/import/template';
import { loadShippedDataset } from '../helpers/load';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = await loadShippedDataset();
}, SLOW_SETUP_MS);
afterAll(() => prisma.$disconnect());

const CONTEXT = {
  actor: { role: 'import' as const, id: null, name: '测试导入' },
  reason: '名单导入',
  sourceRef: '区发改局名单',
};
const HEADERS = IMPORT_COLUMNS.map((c) => c.header).join(',');
const KEYS = IMPORT_COLUMNS.map((c) => c.key);

/** A CSV in the template's layout; each row gives only the listed columns. */
function csv(rows: Record<string, string>[]): string {
  return [HEADERS, KEYS.join(','), ...rows.map((row) => KEYS.map((k) => row[k] ?? '').join(','))].join('\n');
}
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

async function rowsOf(file: Uint8Array) {
  const table = await readImportFile(file);
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  return table.rows;
}

describe('import validation (dry run)', { timeout: SLOW_TEST_MS }, () => {
  it('names each bad cell by row, column and a plain Chinese message', async () => {
    const rows = await rowsOf(
      bytes(
        csv([
          { code: 'CQ-001', name: '示例项目 甲', startDate: '2023/06/01', totalInvestment: '-100' },
          { code: 'CQ-002', name: '示例项目 乙', status: '开工了', level: '国家级', progressPercent: '150' },
          { code: 'CQ-001', name: '示例项目 丙', annualPlanInvestment: '12.5', plannedCompletionDate: '2023-02-29' },
          { name: '', sets: 'no-such-set' },
        ]),
      ),
    );
    const plan = await planImport(prisma, rows);
    expect(plan.errors).toEqual([
      { row: 3, column: '总投资（万元）', message: '总投资不能为负数' },
      { row: 3, column: '开工日期', message: '开工日期应为“年-月-日”格式，例如 2023-06-30' },
      { row: 4, column: '级别', message: '级别“国家级”无法识别，应为：省级、市级、区级' },
      {
        row: 4,
        column: '状态',
        message: '状态“开工了”无法识别，应为：谋划、前期、已开工·在建、竣工、投产、暂停、取消',
      },
      { row: 4, column: '形象进度（%）', message: '形象进度应为 0 到 100 之间的整数' },
      { row: 5, column: '年度计划投资（万元）', message: '年度计划投资应为整数（单位：万元），不带小数点、逗号或单位' },
      { row: 5, column: '计划竣工日期', message: '计划竣工日期不是一个真实的日期' },
      { row: 5, column: '项目编码', message: '项目编码“CQ-001”与第 3 行重复' },
      { row: 6, column: '所属项目集', message: '项目集“no-such-set”不存在' },
      { row: 6, column: '项目名称', message: '新项目必须填写项目名称' },
    ]);
    expect(plan.creates).toEqual([]);
  });

  it('applies the project rules the form applies, to new rows and to stored projects merged with a row', async () => {
    const rows = await rowsOf(
      bytes(
        csv([
          {
            code: 'CQ-010',
            name: '示例项目 丁',
            startDate: '2023-06-01',
            plannedCompletionDate: '2023-05-01',
            totalInvestment: '100',
            completedInvestment: '200',
          },
          { slug: 'beichen-phase-ii-workshop', plannedCompletionDate: '2022-12-31' },
        ]),
      ),
    );
    const plan = await planImport(prisma, rows);
    expect(plan.errors).toEqual([
      { row: 3, column: '计划竣工日期', message: '计划竣工日期不能早于开工日期' },
      { row: 3, column: '完成投资（万元）', message: '完成投资不能大于总投资' },
      // Its stored start date is 2023-01-29.
      { row: 4, column: '计划竣工日期', message: '计划竣工日期不能早于开工日期' },
    ]);
  });

  it('accepts labels or codes, and shows what would be created and updated without writing', async () => {
    const revisions = await prisma.revision.count();
    const rows = await rowsOf(
      bytes(
        csv([
          { slug: 'beichen-phase-ii-workshop', code: 'CQ-BC-2', totalInvestment: '30000' },
          { name: '示例项目 新建', status: '在建', statusDate: '2023-03-01', kind: '新建', sets: 'key-projects-2023' },
        ]),
      ),
    );
    const plan = await planImport(prisma, rows);
    expect(plan.errors).toEqual([]);
    expect(plan.updates).toMatchObject([
      { row: 3, slug: 'beichen-phase-ii-workshop', changes: { code: 'CQ-BC-2', totalInvestment: 30000 }, addSets: [] },
    ]);
    expect(plan.creates).toMatchObject([
      {
        row: 4,
        slug: 'shi-li-xiang-mu-xin-jian',
        data: { status: 'underConstruction', kind: 'new' },
        sets: ['key-projects-2023'],
      },
    ]);
    expect(await prisma.revision.count()).toBe(revisions);
  });

  it('converts a GBK (Excel on Chinese Windows) CSV to the same rows as UTF-8', async () => {
    const text = csv([{ name: '示例项目 编码测试', location: '长清区文昌街道' }]);
    const fromGbk = await readImportFile(new Uint8Array(iconv.encode(text, 'gbk')));
    expect(fromGbk).toMatchObject({ ok: true, encoding: 'GB18030' });
    expect(fromGbk.ok && fromGbk.rows).toEqual(await rowsOf(bytes(text)));
  });

  it('refuses encodings it cannot read rather than garble them', async () => {
    const text = csv([{ name: '示例项目' }]);
    for (const encoding of ['shift_jis', 'utf16le', 'big5']) {
      const table = await readImportFile(
        new Uint8Array(iconv.encode(text.replace('示例项目', 'テスト計画'), encoding)),
      );
      expect(table.ok).toBe(false);
      expect(!table.ok && table.errors[0].message).toMatch(/编码/);
    }
  });

  it('refuses a file without the machine-key row', async () => {
    expect(await readImportFile(bytes(`${HEADERS}\n示例,1\n`))).toEqual({
      ok: false,
      errors: [
        {
          row: null,
          column: null,
          message: '找不到字段标识行（模板第 2 行，含 code、slug、name 等）。请使用下载的模板。',
        },
      ],
    });
  });
});

describe('import apply', { timeout: SLOW_TEST_MS }, () => {
  it('writes nothing at all when any row is wrong', async () => {
    const before = { projects: await prisma.project.count(), revisions: await prisma.revision.count() };
    const rows = await rowsOf(bytes(csv([{ name: '示例项目 好' }, { name: '示例项目 坏', totalInvestment: '-1' }])));
    await expect(applyImport(prisma, rows, CONTEXT)).rejects.toBeInstanceOf(ImportRefused);
    expect({ projects: await prisma.project.count(), revisions: await prisma.revision.count() }).toEqual(before);
  });

  it('writes every row with a revision, and the same file again changes nothing', async () => {
    const file = bytes(
      csv([
        { code: 'CQ-100', name: '示例项目 一', totalInvestment: '12000', sets: 'key-projects-2023' },
        { slug: 'runfeng-waste-equipment-environmental-products', progressPercent: '30' },
      ]),
    );
    const revisions = await prisma.revision.count();
    expect(await applyImport(prisma, await rowsOf(file), CONTEXT)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const written = await prisma.revision.findMany({
      where: { id: { gt: 0 } },
      orderBy: { id: 'asc' },
      skip: revisions,
    });
    expect(written.map((r) => [r.entityType, r.entityId, r.action, r.actorRole, r.sourceRef])).toEqual([
      ['project', 'shi-li-xiang-mu-yi', 'create', 'import', '区发改局名单'],
      ['project', 'runfeng-waste-equipment-environmental-products', 'update', 'import', '区发改局名单'],
    ]);
    expect(JSON.parse(written[0].after!).set).toBe('2023年省、市、区三级重点项目');
    const after = await prisma.revision.count();
    expect(await applyImport(prisma, await rowsOf(file), CONTEXT)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await prisma.revision.count()).toBe(after);
    expect(
      await prisma.project.findUniqueOrThrow({ where: { code: 'CQ-100' }, include: { sets: true } }),
    ).toMatchObject({ totalInvestment: 12000, sets: [{ setId: 'key-projects-2023' }] });
  });

  it('the downloadable templates (CSV and XLSX) carry the three named projects and import as no change', async () => {
    const examples = await prisma.project.findMany({
      where: { knownAs: 'launched' },
      orderBy: { id: 'asc' },
      select: { slug: true, name: true },
    });
    expect(examples.map((e) => e.name)).toEqual([
      '智能家居及高档红木家具标准车间建设项目',
      '二期车间项目',
      '垃圾处理设备及环保产品研发与制造项目',
    ]);
    for (const file of [bytes(templateCsv(examples)), new Uint8Array(await templateXlsx(examples))]) {
      const rows = await rowsOf(file);
      expect(rows.map((r) => r.cells.name)).toEqual(examples.map((e) => e.name));
      expect(
        rows.every((r) => Object.entries(r.cells).every(([k, v]) => k === 'name' || k === 'slug' || v === '')),
      ).toBe(true);
      expect(await planImport(prisma, rows)).toMatchObject({ errors: [], creates: [], updates: [], unchanged: 3 });
    }
  });

  it('a slug made from a name never takes the slug another row gives: the dry run and the apply agree', async () => {
    // 冲突项目 makes chong-tu-xiang-mu, which the next row gives explicitly.
    const rows = await rowsOf(bytes(csv([{ name: '冲突项目' }, { slug: 'chong-tu-xiang-mu', name: '冲突项目 乙' }])));
    const plan = await planImport(prisma, rows);
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((c) => [c.row, c.slug])).toEqual([
      [3, 'chong-tu-xiang-mu-2'],
      [4, 'chong-tu-xiang-mu'],
    ]);
    expect(await applyImport(prisma, rows, CONTEXT)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const written = await prisma.project.findMany({
      where: { slug: { startsWith: 'chong-tu-xiang-mu' } },
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true },
    });
    expect(written).toEqual([
      { slug: 'chong-tu-xiang-mu', name: '冲突项目 乙' },
      { slug: 'chong-tu-xiang-mu-2', name: '冲突项目' },
    ]);
  });

  it('refuses two rows that reach one project by different keys (code and slug)', async () => {
    await applyImport(prisma, await rowsOf(bytes(csv([{ code: 'CQ-300', name: '示例项目 三百' }]))), CONTEXT);
    const rows = await rowsOf(
      bytes(
        csv([
          { code: 'CQ-300', progressPercent: '10' },
          { slug: 'shi-li-xiang-mu-san-bai', progressPercent: '20' },
        ]),
      ),
    );
    const plan = await planImport(prisma, rows);
    expect(plan.errors).toEqual([
      { row: 4, column: '网址标识', message: '与第 3 行是同一个项目（shi-li-xiang-mu-san-bai），一个项目只能有一行' },
    ]);
    await expect(applyImport(prisma, rows, CONTEXT)).rejects.toBeInstanceOf(ImportRefused);
  });

  it('reads dates typed as dates in Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
    sheet.addRow(KEYS);
    sheet.addRow(
      KEYS.map((k) =>
        k === 'slug'
          ? 'beichen-phase-ii-workshop'
          : k === 'plannedCompletionDate'
            ? new Date(Date.UTC(2024, 5, 30))
            : '',
      ),
    );
    const rows = await rowsOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows[0].cells.plannedCompletionDate).toBe('2024-06-30');
  });
});

describe('npm run import (command line)', { timeout: SLOW_TEST_MS }, () => {
  const run = (file: string) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', file], {
      encoding: 'utf8',
      env: process.env,
    });

  it('imports a file whose generated slug meets a slug given by another row', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-cli-')), 'clash.csv');
    writeFileSync(file, csv([{ name: '命令行项目' }, { slug: 'ming-ling-xing-xiang-mu', name: '命令行项目 乙' }]));
    const result = run(file);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/created 2, updated 0, unchanged 0\.$/m);
  });

  it('says what failed in one plain line, without a stack trace', () => {
    const result = run('/no/such/file.csv');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("import: 导入失败：ENOENT: no such file or directory, open '/no/such/file.csv'\n");
  });
});
