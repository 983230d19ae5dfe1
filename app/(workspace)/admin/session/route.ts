import { passwordStep } from '@/lib/auth/password-step';
import { db } from '@/lib/db';

// The sign-in form's password step (lib/auth/password-step.ts): a route handler, not a server
// action, so that it can answer 413 and 429 with Retry-After.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return passwordStep(db, request);
}
