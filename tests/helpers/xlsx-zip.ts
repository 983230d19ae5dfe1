import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * Builds XLSX files byte by byte, so tests can make what no spreadsheet program writes: a zip
 * bomb (a sheet of hundreds of MB that deflates to a few hundred KB), a directory that lies about
 * sizes, a zip inside the zip. A part's text is `head`, then `piece` repeated `times`, then
 * `tail`; it is deflated as a stream, so building a bomb never holds the inflated text in memory.
 */
export type Part = {
  name: string;
  head?: string;
  piece?: string;
  times?: number;
  tail?: string;
  declaredSize?: number;
};

async function deflatePart(part: Part): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const piece = Buffer.from(part.piece ?? '');
  const perBlock = piece.length > 0 ? Math.max(1, Math.floor((1024 * 1024) / piece.length)) : 0;
  const block = Buffer.concat(Array.from({ length: perBlock }, () => piece));
  let crc = 0;
  let size = 0;
  const write = async (chunk: Buffer) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  };
  await write(Buffer.from(part.head ?? ''));
  for (let left = part.times ?? 0; left > 0; left -= perBlock)
    await write(left >= perBlock ? block : block.subarray(0, left * piece.length));
  await write(Buffer.from(part.tail ?? ''));
  deflate.end();
  await once(deflate, 'end');
  return { data: Buffer.concat(out), size, crc };
}

/** A zip of the parts, deflated; `declaredSize` overrides the size written in both headers. */
export async function buildZip(parts: Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, size, crc } = await deflatePart(part);
    const name = Buffer.from(part.name);
    const header = (central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      const at = central ? 2 : 0; // a central header has "version made by" before the shared fields
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      h.writeUInt16LE(20, 4 + at);
      h.writeUInt16LE(0x800, 6 + at); // UTF-8 names
      h.writeUInt16LE(8, 8 + at);
      h.writeUInt32LE(crc, 14 + at);
      h.writeUInt32LE(data.length, 18 + at);
      h.writeUInt32LE(part.declaredSize ?? size, 22 + at);
      h.writeUInt16LE(name.length, 26 + at);
      if (central) h.writeUInt32LE(offset, 42);
      return Buffer.concat([h, name]);
    };
    centrals.push(header(true));
    const local = Buffer.concat([header(false), data]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around the given sheet part (named xl/worksheets/sheet1.xml). */
export function workbookParts(sheet: Omit<Part, 'name'>): Part[] {
  return [
    {
      name: '[Content_Types].xml',
      head: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      head: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      head: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="项目" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      head: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ];
}

/** One row of inline-string cells, as sheet XML. */
export function rowXml(number: number, cells: string[]): string {
  const column = (i: number) => String.fromCharCode(65 + i);
  return `<row r="${number}">${cells.map((text, i) => `<c r="${column(i)}${number}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
}

export const SHEET_HEAD = `${XML}<worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
