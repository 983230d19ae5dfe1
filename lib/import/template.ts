import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '@/lib/import/columns';

/** Example rows: the projects the sources name, by their real names and slugs; every other cell blank. */
export type TemplateExample = { slug: string; name: string };

function grid(examples: TemplateExample[]): string[][] {
  return [
    IMPORT_COLUMNS.map((c) => c.header),
    IMPORT_COLUMNS.map((c) => c.key),
    ...examples.map((example) => IMPORT_COLUMNS.map((c) => (c.key === 'slug' ? example.slug : c.key === 'name' ? example.name : ''))),
  ];
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** UTF-8 with BOM, so that Excel opens the Chinese headers correctly. */
export function templateCsv(examples: TemplateExample[]): string {
  return `\uFEFF${grid(examples).map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function templateXlsx(examples: TemplateExample[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目');
  for (const row of grid(examples)) sheet.addRow(row);
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
