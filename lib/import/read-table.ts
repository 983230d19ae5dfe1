import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeCsv } from '@/lib/import/decode';
import { HEADER_OF, IMPORT_KEYS, type ImportError, type ImportKey, type ImportRow } from '@/lib/import/columns';
import { checkXlsxZip } from '@/lib/import/zip-guard';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
const MAX_CELL = 5_000;
const TOO_MANY_ROWS = `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入。`;

export type Table = { ok: true; rows: ImportRow[]; encoding: string } | { ok: false; errors: ImportError[] };

const refuse = (message: string, row: number | null = null): Table => ({
  ok: false,
  errors: [{ row, column: null, message }],
});

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel dates are stored at UTC midnight
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** Rows read from a sheet before giving up: the data-row cap plus the template's header rows. */
const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + 5;

/**
 * The first worksheet's cells, read as a stream (row by row, never the whole workbook in memory)
 * and only after checkXlsxZip has bounded what the file inflates to. Null when it cannot be
 * read; 'too-many-rows' as soon as the sheet passes MAX_SHEET_ROWS.
 */
async function readXlsx(bytes: Uint8Array): Promise<string[][] | 'too-many-rows' | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    styles: 'cache',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const rows: string[][] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > MAX_SHEET_ROWS) return 'too-many-rows';
        rows[row.number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText); // values are 1-based
      }
      break; // the first sheet only
    }
  } catch {
    return null;
  }
  return Array.from(rows, (row) => row ?? []);
}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A CSV or XLSX file as data rows keyed by the template's machine keys. */
export async function readImportFile(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) return refuse('文件是空的。');
  if (bytes.length > MAX_IMPORT_BYTES) return refuse('文件超过 20 MB，请分批导入。');
  let grid: string[][];
  let encoding = 'XLSX';
  if (isXlsx(bytes)) {
    const zip = await checkXlsxZip(bytes);
    if (!zip.ok) return refuse(zip.message);
    const sheet = await readXlsx(bytes);
    if (!sheet) return refuse('无法打开这个 XLSX 文件，请确认文件未损坏。');
    if (sheet === 'too-many-rows') return refuse(TOO_MANY_ROWS);
    grid = sheet;
  } else {
    const decoded = decodeCsv(bytes);
    if (!decoded.ok) return refuse(decoded.message);
    grid = parseCsv(decoded.text);
    encoding = decoded.encoding;
  }
  return toRows(grid, encoding);
}

function toRows(grid: string[][], encoding: string): Table {
  const keyRowIndex = grid.slice(0, 5).findIndex((row) => row.some((cell) => cell.trim() === 'name'));
  if (keyRowIndex < 0) return refuse('找不到字段标识行（模板第 2 行，含 code、slug、name 等）。请使用下载的模板。');
  const keys = grid[keyRowIndex].map((cell) => cell.trim());
  const unknown = keys.filter((key) => key !== '' && !(IMPORT_KEYS as string[]).includes(key));
  if (unknown.length > 0) return refuse(`字段标识行有无法识别的列：${unknown.join('、')}`, keyRowIndex + 1);
  const duplicated = keys.filter((key, i) => key !== '' && keys.indexOf(key) !== i);
  if (duplicated.length > 0) return refuse(`字段标识行有重复的列：${duplicated.join('、')}`, keyRowIndex + 1);
  // A converted GBK file must show the template's Chinese headers, or the conversion was wrong.
  const headers = keyRowIndex > 0 ? grid[keyRowIndex - 1].map((cell) => cell.trim()) : [];
  if (
    encoding !== 'UTF-8' &&
    encoding !== 'XLSX' &&
    !keys.some((key, i) => key !== '' && headers[i] === HEADER_OF[key as ImportKey])
  ) {
    return refuse('文件的文字编码与模板的中文表头不符，为避免乱码，未读取任何内容。请另存为“CSV UTF-8”后重新上传。');
  }
  const rows: ImportRow[] = [];
  for (let index = keyRowIndex + 1; index < grid.length; index += 1) {
    const line = grid[index];
    if (line.every((cell) => cell.trim() === '')) continue;
    if (line.some((cell) => cell.length > MAX_CELL))
      return refuse(`第 ${index + 1} 行有单元格超过 ${MAX_CELL} 个字。`, index + 1);
    const cells: ImportRow['cells'] = {};
    keys.forEach((key, i) => {
      if (key !== '') cells[key as ImportKey] = (line[i] ?? '').trim();
    });
    rows.push({ row: index + 1, cells });
  }
  if (rows.length > MAX_IMPORT_ROWS) return refuse(TOO_MANY_ROWS);
  return { ok: true, rows, encoding };
}
