import type { Cell, Row } from '@/lib/open-data/rows';

/**
 * CSV as Excel and every other tool reads it: UTF-8 with a byte-order mark (so Excel shows
 * Chinese), CRLF line ends, RFC 4180 quoting. Every CSV the portal writes (downloads, the
 * dictionary, the import template) goes through csvCell, the one cell encoder.
 * A text cell starting with = + - @ (after any apostrophes) gets one more apostrophe in front,
 * so that a spreadsheet never runs it as a formula; the importer removes exactly that one
 * (`withoutFormulaGuard`), so the import template reads back as it was written.
 */

export const BOM = '\uFEFF';

const FORMULA_START = /^'*[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell read back from a CSV that csvCell wrote: its text as it was before the guard. */
export function withoutFormulaGuard(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

export function csvLine(values: Cell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A streamed CSV: BOM, the header row of machine keys, then one line per row as it is read. */
export function csvStream(keys: string[], rows: AsyncIterable<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(keys)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLine(keys.map((key) => next.value[key] ?? null))));
    },
  });
}

/** A streamed JSON document {"meta": …, "data": [rows…]}. */
export function jsonStream(meta: unknown, rows: AsyncIterable<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let first = true;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`{"meta":${JSON.stringify(meta)},"data":[`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(']}\n'));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`${first ? '' : ','}\n${JSON.stringify(next.value)}`));
      first = false;
    },
  });
}
