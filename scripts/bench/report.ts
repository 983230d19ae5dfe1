import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAverage } from './command-line';

/** A table of figures: a title, a header row, rows of already-formatted cells, an optional note. */
export type Table = { title: string; headers: string[]; rows: string[][]; note?: string };

/** A measured figure: whole numbers from 100 up, one decimal below; "–" when there is none. */
export const figure = (value: number) =>
  Number.isFinite(value) ? value.toFixed(Math.abs(Number(value.toFixed(1))) >= 100 ? 0 : 1) : '–';

/** Nearest-rank percentile of sorted values (NaN for none). */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** Counts one more of `key`. */
export function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** A byte count with thousands separators. */
export const byteCount = (value: number) => value.toLocaleString('en');

// Figures read best right-aligned; names and paths left-aligned.
const isFigure = (cell: string) => /^[-+]?[\d.,]+( ?[%×])?$|^[-–]$/.test(cell);

function textTable({ headers, rows }: Table): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[], aligned: boolean) =>
    cells
      .map((cell, column) => (aligned && isFigure(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [
    line(headers, false),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map((row) => line(row, true)),
  ].join('\n');
}

function markdownTable({ headers, rows }: Table): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => isFigure(row[column])));
  return [
    `| ${headers.map(escape).join(' | ')} |`,
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/**
 * What a benchmark prints: lines and tables go to the terminal as soon as they are known (a long
 * run shows progress) and are kept as Markdown, to be written to a file for the README.
 */
export class Report {
  private readonly markdown: string[] = [];

  constructor(title: string) {
    console.log(`\n${title}\n`);
    this.markdown.push(`## ${title}`);
  }

  /** Facts as a list (machine, command). */
  facts(lines: string[]): void {
    console.log(`${lines.join('\n')}\n`);
    this.markdown.push(lines.map((line) => `- ${line}`).join('\n'));
  }

  table(table: Table): void {
    console.log(`${table.title}\n${textTable(table)}${table.note ? `\n${table.note}` : ''}\n`);
    this.markdown.push(`### ${table.title}`, markdownTable(table), ...(table.note ? [table.note] : []));
  }

  /** The load average at the end (how busy the machine was), then the Markdown to `file`. */
  finish(file: string): void {
    this.facts([`Load average (1/5/15 min) at end: ${loadAverage()}`]);
    this.write(file);
  }

  write(file: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${this.markdown.join('\n\n')}\n`);
    console.log(`Markdown written to ${file}`);
  }
}
