import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * CSV bytes to text. UTF-8 (with or without BOM) is read as is; GBK/GB2312/GB18030 (what Excel
 * on Chinese Windows saves) is converted through GB18030, a superset of both. Anything else is
 * refused with a plain message rather than read into mojibake.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312', 'EUC-CN']);

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      ok: false,
      message: '文件是 UTF-16 编码，无法读取。请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后重新上传。',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: try the Chinese national encodings below
  }
  const [best] = chardet.analyse(bytes);
  const detected = best?.name.toUpperCase() ?? '';
  const otherCjk = OTHER_CJK.has(detected) && (best?.confidence ?? 0) >= 50;
  if (GB_FAMILY.has(detected) || (!otherCjk && mostlyGb2312(bytes))) {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (!text.includes('\uFFFD')) return { ok: true, text, encoding: 'GB18030' };
  }
  return {
    ok: false,
    message: `无法识别文件的文字编码${detected ? `（看起来像 ${detected}）` : ''}，为避免出现乱码，未读取任何内容。请另存为“CSV UTF-8”或 GBK 编码后重新上传。`,
  };
}

// Short files fool statistical detection; these encodings' text would decode as wrong hanzi.
const OTHER_CJK = new Set(['SHIFT_JIS', 'EUC-JP', 'EUC-KR', 'BIG5', 'ISO-2022-JP', 'ISO-2022-KR']);

/**
 * Chinese text saved as GBK uses almost only the GB2312 block (lead 0xA1–0xF7, trail 0xA1–0xFE);
 * Shift_JIS or Big5 text read as GBK does not, so it is refused instead of garbled.
 */
function mostlyGb2312(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    if (i + 1 >= bytes.length) return false;
    const trail = bytes[i + 1];
    pairs += 1;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common += 1;
    i += 1;
  }
  return pairs > 0 && common / pairs >= 0.9;
}
