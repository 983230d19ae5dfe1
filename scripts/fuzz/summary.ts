import { KNOWN_OPEN } from './known-open';
import type { FuzzResult } from './run';

/** The summary: requests by route kind and status class, then every failure with how to replay it. */

const CLASSES = ['2xx', '3xx', '4xx', '5xx', 'no answer'] as const;
const classOf = (status: number) => (status === 0 ? 'no answer' : `${Math.floor(status / 100)}xx`);
const EXAMPLES_PER_KIND_OF_FAILURE = 3;

const short = (text: string, max = 240) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;

/** One request exactly enough to send it again by hand, and the command that replays it. */
export function describeRequest({ seed, request }: FuzzResult): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${short(value, 120)}`);
  return [
    `${request.method} ${short(request.path)}   [${request.kind}${request.variant ? ` (${request.variant})` : ''}, seed ${seed}: npm run fuzz -- --seed ${seed} --runs 1]`,
    ...headers.map((header) => `    ${header}`),
    ...(request.body ? [`    (body: ${request.body.length} bytes)`] : []),
  ].join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function table(results: FuzzResult[]): string[] {
  const byKind = new Map<string, FuzzResult[]>(); // Map.groupBy needs Node 21
  for (const result of results) byKind.set(result.request.kind, [...(byKind.get(result.request.kind) ?? []), result]);
  const kinds = [...byKind.keys()].sort();
  const width = Math.max(...kinds.map((kind) => kind.length), 10);
  const line = (cells: (string | number)[]) =>
    cells.map((cell, i) => (i === 0 ? String(cell).padEnd(width) : String(cell).padStart(9))).join(' ');
  const row = (name: string, rows: FuzzResult[]) => {
    const counts = CLASSES.map((c) => rows.filter((result) => classOf(result.status) === c).length);
    const times = rows.map((result) => result.ms);
    return line([name, rows.length, ...counts, Math.round(median(times)), Math.round(Math.max(...times))]);
  };
  const statuses = new Map<number, number>();
  for (const { status } of results) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const exact = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status || 'no answer'} ×${count}`);
  return [
    line(['route kind', 'requests', ...CLASSES, 'p50 ms', 'max ms']),
    ...kinds.map((kind) => row(kind, byKind.get(kind)!)),
    row('all', results),
    `statuses: ${exact.join(', ')}`,
  ];
}

/** Failures grouped by what failed, where and how, each group with a few replayable examples. */
function failures(results: FuzzResult[]): string[] {
  const groups = new Map<string, FuzzResult[]>();
  for (const result of results) {
    for (const finding of result.findings) {
      const key = `${finding.oracle} — ${result.request.kind} ${result.request.method} → ${result.status || 'no answer'}${finding.known ? ` — known open: ${finding.known}` : ''}`;
      const group = groups.get(key) ?? [];
      if (!group.includes(result)) group.push(result);
      groups.set(key, group);
    }
  }
  return [...groups.entries()].flatMap(([key, group]) => [
    `\n${key} (${group.length} request${group.length === 1 ? '' : 's'})`,
    ...group.slice(0, EXAMPLES_PER_KIND_OF_FAILURE).map((result) => {
      const detail = result.findings.map((f) => `    ! ${f.oracle}: ${short(f.detail, 400)}`).join('\n');
      return `  ${describeRequest(result).replaceAll('\n', '\n  ')}\n${detail}`;
    }),
  ]);
}

export const unexpected = (results: FuzzResult[]) =>
  results.filter((result) => result.findings.some((finding) => !finding.known));

export function summary(results: FuzzResult[]): string {
  const failed = results.filter((result) => result.findings.length > 0);
  const known = KNOWN_OPEN.map((entry) => `  ${entry.id}: ${entry.defect}`);
  return [
    ...table(results),
    `\n${failed.length} of ${results.length} requests failed (${unexpected(results).length} not explained by a known open defect).`,
    ...(failed.length ? ['Known open defects (scripts/fuzz/known-open.ts):', ...known] : []),
    ...failures(results),
  ].join('\n');
}
