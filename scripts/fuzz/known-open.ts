import type { Problem } from './oracles';
import type { FuzzRequest } from './requests';

/**
 * Defects already known and being fixed. `npm run fuzz` still fails on them
 * (labelled with the entry); the seeded sample of `npm test` (tests/e2e/fuzz.spec.ts) leaves
 * them out. Delete an entry when its fix is merged: the sample then guards the fix.
 */
type KnownOpen = { id: string; defect: string; matches: (request: FuzzRequest, problem: Problem) => boolean };

export const KNOWN_OPEN: KnownOpen[] = [
  {
    id: 'action-malformed-reply-500',
    defect:
      'a hand-made call of a real server action (Next-Action header) whose body is not a React reply (e.g. JSON as text/plain) ' +
      'answers 500 ("Connection closed."): Next fails decoding it before any of the portal\'s code runs. No browser sends it; ' +
      'fixing it needs Next to answer 400 there (or the workspace actions to become route handlers, issue 11)',
    matches: (request, problem) =>
      problem.oracle === 'server-error' &&
      request.kind.startsWith('form:') &&
      /^action header\b/.test(request.variant ?? ''),
  },
];

/** The known-open entry a problem belongs to, if any. */
export const knownOpen = (request: FuzzRequest, problem: Problem) =>
  KNOWN_OPEN.find((entry) => entry.matches(request, problem))?.id;
