import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { readImportFile } from '@/lib/import/read-table';
import { buildZip, rowXml, SHEET_HEAD, SHEET_TAIL, workbookParts, type Part } from '../helpers/xlsx-zip';

const HEADER_ROWS =
  rowXml(
    1,
    IMPORT_COLUMNS.map((c) => c.header),
  ) +
  rowXml(
    2,
    IMPORT_COLUMNS.map((c) => c.key),
  );
const MB = 1024 * 1024;

/** A sheet with the template's header rows and one data row, followed by `mb` MB of padding in an XML comment. */
const paddedSheet = (mb: number, extra: Partial<Part> = {}): Omit<Part, 'name'> => ({
  head: `${SHEET_HEAD}${HEADER_ROWS}${rowXml(3, ['', 'beichen-phase-ii-workshop'])}<!--`,
  piece: 'x'.repeat(1024),
  times: mb * 1024,
  tail: `-->${SHEET_TAIL}`,
  ...extra,
});

/** Reads the file, returning the result, how much the process grew and whether exceljs was started. */
async function read(file: Buffer) {
  const reader = vi.spyOn(ExcelJS.stream.xlsx.WorkbookReader.prototype, 'parse');
  const rss = process.memoryUsage().rss;
  const result = await readImportFile(new Uint8Array(file));
  return { result, grewMb: (process.memoryUsage().rss - rss) / MB, exceljsStarted: reader.mock.calls.length > 0 };
}

afterEach(() => vi.restoreAllMocks());

describe('XLSX zip bombs and oversized sheets are refused before they are inflated', { timeout: 60_000 }, () => {
  it('reads a well-formed workbook built the same way (the control)', async () => {
    const { result, exceljsStarted } = await read(await buildZip(workbookParts(paddedSheet(0))));
    expect(result).toEqual({
      ok: true,
      encoding: 'XLSX',
      rows: [{ row: 3, cells: expect.objectContaining({ slug: 'beichen-phase-ii-workshop', name: '' }) }],
    });
    expect(exceljsStarted).toBe(true);
  });

  it('refuses a 900 MB sheet that compresses to under 1 MB, from its zip directory, without growing', async () => {
    const bomb = await buildZip(workbookParts(paddedSheet(900)));
    expect(bomb.length).toBeLessThan(MB);
    const { result, grewMb, exceljsStarted } = await read(bomb);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: null,
          column: null,
          message: 'XLSX 文件解压后超过 100 MB 或压缩比异常，未读取。请分批导入，或另存为 CSV。',
        },
      ],
    });
    expect(exceljsStarted).toBe(false);
    expect(grewMb).toBeLessThan(50);
  });

  it('refuses a bomb whose directory claims 1 MB: inflation stops at the claimed size', async () => {
    const { result, grewMb, exceljsStarted } = await read(
      await buildZip(workbookParts(paddedSheet(300, { declaredSize: MB }))),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: null,
          column: null,
          message: 'XLSX 文件解压后超过 100 MB 或压缩比异常，未读取。请分批导入，或另存为 CSV。',
        },
      ],
    });
    expect(exceljsStarted).toBe(false);
    expect(grewMb).toBeLessThan(50);
  });

  it('refuses a zip inside the zip, by name or by content', async () => {
    const nested = 'XLSX 文件内嵌了其他压缩文件，未读取。请只保留导入表格后另存。';
    for (const part of [
      { name: 'xl/embeddings/book.xlsx', head: 'x' },
      { name: 'xl/media/image1.png', head: 'PK\u0003\u0004 inner zip' },
    ]) {
      const { result, exceljsStarted } = await read(await buildZip([...workbookParts(paddedSheet(0)), part]));
      expect(result).toEqual({ ok: false, errors: [{ row: null, column: null, message: nested }] });
      expect(exceljsStarted).toBe(false);
    }
  });

  it('refuses a sheet of more than 20,000 rows while streaming it, naming the cap', async () => {
    const rows = Array.from({ length: 20_010 }, (_, i) => rowXml(i + 3, ['', `sample-${i}`])).join('');
    const { result } = await read(
      await buildZip(workbookParts({ head: `${SHEET_HEAD}${HEADER_ROWS}${rows}${SHEET_TAIL}` })),
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ row: null, column: null, message: '一次最多导入 20000 行，请分批导入。' }],
    });
  });
});
