import { createInflateRaw } from 'node:zlib';

/**
 * Checks an XLSX (a zip file) before anything inflates it for reading (issue 9, zip bombs: a
 * 947 KB upload that expands to 0.9 GB). The zip's central directory declares every entry's
 * sizes; the file is refused when they are out of bounds, and then each entry is inflated once,
 * counting bytes and keeping none, to prove the declarations true (a lying directory stops at its
 * declared size). Every byte of the file must belong to a listed entry, so a streaming reader
 * walking the local headers meets exactly the entries checked here.
 */
// CSV text is capped at 20 MB; the same cells as sheet XML take 3–5 times that
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 200; // the import template has 10
const MAX_RATIO = 200; // sheet XML compresses 10–50:1; a zip bomb about 1000:1
const RATIO_FROM_BYTES = 1024 * 1024; // small entries may compress well without harm

type ZipCheck = { ok: true } | { ok: false; message: string };

type Entry = { name: string; method: number; flags: number; compressed: number; size: number; offset: number };

const CORRUPT: ZipCheck = { ok: false, message: '无法打开这个 XLSX 文件，请确认文件未损坏。' };
const NESTED: ZipCheck = { ok: false, message: 'XLSX 文件内嵌了其他压缩文件，未读取。请只保留导入表格后另存。' };
const TOO_BIG: ZipCheck = {
  ok: false,
  message: `XLSX 文件解压后超过 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB 或压缩比异常，未读取。请分批导入，或另存为 CSV。`,
};

/** The entries the directory lists (none parsed when there are too many), and where it starts. */
function centralDirectory(bytes: Buffer): { count: number; entries: Entry[]; start: number } | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from && end < 0; i -= 1) if (bytes.readUInt32LE(i) === 0x06054b50) end = i;
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  // zip64: never needed here
  if (count === 0xffff || start === 0xffffffff || start + bytes.readUInt32LE(end + 12) > end) return null;
  const entries: Entry[] = [];
  for (let at = start, i = 0; i < count && count <= MAX_ENTRIES; i += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { count, entries, start };
}

/** Each entry with its compressed data, or null when the entries do not tile the file up to the directory. */
function entryData(
  bytes: Buffer,
  entries: Entry[],
  directoryStart: number,
): Array<{ entry: Entry; data: Buffer }> | null {
  const found: Array<{ entry: Entry; data: Buffer }> = [];
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (
      entry.offset !== expected ||
      entry.offset + 30 > directoryStart ||
      bytes.readUInt32LE(entry.offset) !== 0x04034b50
    )
      return null;
    const data = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    expected = data + entry.compressed;
    if (entry.flags & 0x8) expected += bytes.readUInt32LE(expected) === 0x08074b50 ? 16 : 12; // data descriptor
    if (expected > directoryStart) return null;
    found.push({ entry, data: bytes.subarray(data, data + entry.compressed) });
  }
  return expected === directoryStart ? found : null;
}

const isZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;

/** Whether the entry inflates to exactly its declared size (inflation stops past it) and is no zip itself. */
async function checkEntry(data: Buffer, method: number, declared: number): Promise<ZipCheck> {
  if (method === 0) return data.length !== declared ? CORRUPT : isZip(data) ? NESTED : { ok: true };
  const inflater = createInflateRaw();
  inflater.end(data);
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (size === 0 && isZip(chunk)) return NESTED;
      size += chunk.length;
      if (size > declared) return TOO_BIG;
    }
  } catch {
    return CORRUPT;
  } finally {
    inflater.destroy();
  }
  return size === declared ? { ok: true } : CORRUPT;
}

export async function checkXlsxZip(input: Uint8Array): Promise<ZipCheck> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const directory = centralDirectory(bytes);
  if (!directory) return CORRUPT;
  const { count, entries, start } = directory;
  if (count > MAX_ENTRIES) return { ok: false, message: `XLSX 文件包含的部件过多（超过 ${MAX_ENTRIES} 个），未读取。` };
  if (entries.some((e) => /\.(zip|xlsx|xlsm|docx|pptx|jar|gz|7z|rar)$/i.test(e.name))) return NESTED;
  // only stored or deflated, never encrypted
  if (entries.some((e) => (e.method !== 0 && e.method !== 8) || e.flags & 0x1)) return CORRUPT;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (
    total > MAX_UNCOMPRESSED_BYTES ||
    entries.some((e) => e.size > RATIO_FROM_BYTES && e.size > MAX_RATIO * e.compressed)
  )
    return TOO_BIG;
  const listed = entryData(bytes, entries, start);
  if (!listed) return CORRUPT;
  for (const { entry, data } of listed) {
    const check = await checkEntry(data, entry.method, entry.size);
    if (!check.ok) return check;
  }
  return { ok: true };
}
