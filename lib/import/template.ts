import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportKey } from '@/lib/import/columns';
import { BOM, csvLine } from '@/lib/open-data/csv';

/**
 * Rows in the template's layout: Chinese headers, machine keys, then one line per row (blank
 * where a row gives nothing). The downloaded template's rows are the projects the sources name,
 * by their real names and slugs.
 */
export type TemplateRow = Partial<Record<ImportKey, string>>;

function grid(rows: TemplateRow[]): string[][] {
  return [
    IMPORT_COLUMNS.map((c) => c.header),
    IMPORT_COLUMNS.map((c) => c.key),
    ...rows.map((row) => IMPORT_COLUMNS.map((c) => row[c.key] ?? '')),
  ];
}

/** UTF-8 with BOM, so that Excel opens the Chinese headers correctly; cells as every download writes them. */
export function templateCsv(rows: TemplateRow[]): string {
  return BOM + grid(rows).map(csvLine).join('');
}

export async function templateXlsx(rows: TemplateRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目');
  for (const row of grid(rows)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { color: { argb: 'FF505A5F' } };
  IMPORT_COLUMNS.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, column.header.length * 2 + 2);
    // Text cells: Excel must not turn codes or dates into numbers.
    sheet.getColumn(i + 1).numFmt = '@';
  });
  const notes = workbook.addWorksheet('填写说明');
  notes.addRow(['字段标识', '表头', '填写说明']);
  for (const column of IMPORT_COLUMNS) notes.addRow([column.key, column.header, column.hint]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
