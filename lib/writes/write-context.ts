import type { SignedInUser } from '@/lib/auth/roles';
import type { Actor, AuditContext } from '@/lib/revisions/with-audit';

/**
 * The one refusal of a workspace write: thrown before or inside the write (an audited
 * transaction is then rolled back), answered by the form with `errors` next to the fields and
 * `formMessage` at the top (workspace-action.ts). Nothing is written.
 */
export class WriteRefused extends Error {
  constructor(
    readonly errors: Record<string, string>,
    readonly formMessage?: string,
  ) {
    super('write refused');
  }
}

/** The official as the revision log names them. */
export function actorOf(user: SignedInUser): Actor {
  return { role: user.role === 'admin' ? 'admin' : 'editor', id: user.id, name: user.displayName };
}

/** The audit context of an official's write: who, why, and the evidence (withAudit). */
export function auditContext(user: SignedInUser, reason: string, sourceRef: string | null): AuditContext {
  return { actor: actorOf(user), reason, sourceRef };
}
