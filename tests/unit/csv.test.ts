import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvLine, csvStream, withoutFormulaGuard } from '@/lib/open-data/csv';

async function* rows() {
  yield { a: '长清区', b: 988000 };
  yield { a: 'say "hi", ok', b: null };
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['x', true, 1])).toBe('x,true,1\r\n');
  });

  it('reads every text back exactly through the formula guard, apostrophes included', () => {
    const texts = ['=1+1', "'=1+1", "''@x", "'plain", '-5 项目', '长清区'];
    expect(texts.map((text) => csvCell(text))).toEqual(["'=1+1", "''=1+1", "'''@x", "'plain", "'-5 项目", '长清区']);
    expect(texts.map((text) => withoutFormulaGuard(csvCell(text)))).toEqual(texts);
  });

  it('streams a BOM, the header of machine keys, then the rows', async () => {
    const text = await new Response(csvStream(['a', 'b'], rows())).text();
    expect(text.startsWith(BOM)).toBe(false); // Response.text() decodes and drops the BOM …
    const bytes = new Uint8Array(await new Response(csvStream(['a', 'b'], rows())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // … the bytes keep it
    expect(text).toBe('a,b\r\n长清区,988000\r\n"say ""hi"", ok",\r\n');
  });
});
