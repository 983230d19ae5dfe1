import { RAW_MARKER } from './hostile';
import type { FuzzRequest } from './requests';
import type { Outcome } from './send';

/**
 * What no answer may ever be: a server error, a stack trace or a path inside the server, a
 * hostile marker written raw into markup, an API error that is not JSON, or no answer at all.
 */
export type Oracle =
  'no-answer' | 'server-error' | 'stack-trace' | 'internal-path' | 'unescaped-reflection' | 'api-not-json';
export type Problem = { oracle: Oracle; detail: string };

const STACK_TRACES = [
  /\n\s*at (?:async )?(?:[^\n()]* \()?(?:file:\/\/|\/|\.\/|\.next|node:|webpack|\[)[^\n)]*:\d+:\d+\)?/, // V8 frames
  /\bat ignore-listed frames\b/, // Next's short form of a stack
  /\b(?:[A-Z]\w*)?Error: [^\n]*\n\s+at /,
];
const INTERNAL_PATHS = ['/work/', 'node_modules', '.next/server', 'webpack-internal:', '[root-of-the-server]'];

// Content a browser renders as markup (a missing type is sniffed, so it counts too).
const MARKUP =
  /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|application\/[\w.+-]*\+xml)\b|^$/;

/** Where a snippet of text was found, with a little around it. */
function around(body: string, index: number): string {
  return JSON.stringify(body.slice(Math.max(0, index - 60), index + 100));
}

/**
 * The problems of one answer. `root` is the server's working directory (its absolute path must
 * never be shown); `planted` names the request whose token a raw marker carries.
 */
export function check(
  request: FuzzRequest,
  outcome: Outcome,
  root: string,
  planted: (token: string) => string,
): Problem[] {
  // A server may close a connection it will not read (headers over its limit, a body it refuses):
  // only a refused connection (the server is down) or a request left unanswered is a failure.
  if (outcome.error)
    return /ECONNREFUSED|no answer in/.test(outcome.error) ? [{ oracle: 'no-answer', detail: outcome.error }] : [];
  const problems: Problem[] = [];
  const { status, body } = outcome;
  const contentType = String(outcome.headers['content-type'] ?? '').toLowerCase();
  if (status >= 500) problems.push({ oracle: 'server-error', detail: `status ${status}` });
  for (const pattern of STACK_TRACES) {
    const match = pattern.exec(body);
    if (match) problems.push({ oracle: 'stack-trace', detail: around(body, match.index) });
  }
  for (const needle of [root, ...INTERNAL_PATHS]) {
    const index = body.indexOf(needle);
    if (index >= 0) problems.push({ oracle: 'internal-path', detail: `${needle} in ${around(body, index)}` });
  }
  const marker = RAW_MARKER.exec(body);
  if (marker && MARKUP.test(contentType)) {
    const source = marker[1] === request.token ? 'this request' : planted(marker[1]);
    problems.push({
      oracle: 'unescaped-reflection',
      detail: `${contentType || 'no content type'}: marker of ${source} raw in ${around(body, marker.index)}`,
    });
  }
  // A 5xx is reported as such already.
  const apiError = request.path.startsWith('/api/v1/') && status >= 400 && status < 500 && body.length > 0;
  if (apiError && !contentType.startsWith('application/json'))
    problems.push({ oracle: 'api-not-json', detail: `status ${status}, ${contentType || 'no content type'}` });
  return problems;
}
