import type { Problem } from './oracles';
import type { FuzzRequest } from './requests';

/**
 * Defects already known and being fixed on other branches. `npm run fuzz` still fails on them
 * (labelled with the entry); the seeded sample of `npm test` (tests/e2e/fuzz.spec.ts) leaves
 * them out. Delete an entry when its fix is merged: the sample then guards the fix.
 */
type KnownOpen = { id: string; defect: string; matches: (request: FuzzRequest, problem: Problem) => boolean };

const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
const isForm = (request: FuzzRequest) => request.kind.startsWith('form:');
const serverError = (problem: Problem) => problem.oracle === 'server-error';

export const KNOWN_OPEN: KnownOpen[] = [
  {
    id: 'trace-500',
    defect: 'TRACE answers 500 ("TypeError: \'TRACE\' HTTP method is unsupported") instead of 405 with Allow (lead)',
    matches: (request, problem) => request.method === 'TRACE' && serverError(problem),
  },
  {
    id: 'api-html-404',
    defect: 'unknown API paths answer the HTML 404 page instead of a JSON error (lead); also an id with a slash (/api/v1/sets/a/b)',
    // A 404 that is not JSON comes from no API route matching: every API route answers JSON.
    matches: (_request, problem) => problem.oracle === 'api-not-json' && problem.detail.startsWith('status 404,'),
  },
  {
    id: 'form-large-body-500',
    defect: 'a sign-in or import post over the server-action body limit (1 MB) answers 500 (helpers)',
    matches: (request, problem) => isForm(request) && serverError(problem) && (request.body?.length ?? 0) > SERVER_ACTION_BODY_LIMIT,
  },
  {
    id: 'form-foreign-origin-500',
    defect: 'a server action (a form post, or any page posted with a Next-Action header) whose Origin or Host is not the site answers 500 ("Invalid Server Actions request") (lead)',
    matches: (request, problem) =>
      (isForm(request) || 'next-action' in request.headers) && serverError(problem) && ['origin', 'host', 'x-forwarded-host'].some((name) => name in request.headers),
  },
  {
    id: 'form-malformed-action-500',
    defect:
      'NEW, found by this fuzzer, no fix assigned: a post naming a real server action without the arguments React sends ' +
      '(Next-Action header with a plain form or text body; a broken $ACTION_n:0 field) answers 500 ' +
      '(TypeError: Cannot read properties of undefined (reading \'get\' / \'entries\' / \'startsWith\'), or SyntaxError from the JSON decoder)',
    matches: (request, problem) => isForm(request) && serverError(problem) && /^action (?:header|malformed)\b/.test(request.variant ?? ''),
  },
  {
    id: 'page-bad-multipart-500',
    defect:
      'NEW, found by this fuzzer, no fix assigned: any page POSTed with Content-Type multipart/form-data and a body that is not ' +
      'multipart (no boundary) answers 500 ("TypeError: Failed to parse body as FormData": Next reads it as a form post to a server action)',
    matches: (request, problem) => serverError(problem) && /^multipart\/form-data(?!.*boundary=)/i.test(request.headers['content-type'] ?? ''),
  },
];

/** The known-open entry a problem belongs to, if any. */
export const knownOpen = (request: FuzzRequest, problem: Problem) => KNOWN_OPEN.find((entry) => entry.matches(request, problem))?.id;
