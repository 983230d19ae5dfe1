/**
 * What runs after every audited write commits (see with-audit.ts). The Next server registers
 * the revalidation of the public pages here (lib/cache/invalidation.ts); scripts register
 * nothing, and the server notices their writes through the revision log instead. Kept on
 * globalThis because Next may load this module more than once in one process.
 */
import type { AuditContext } from '@/lib/revisions/with-audit';

type Listener = (context: AuditContext) => void;

const LISTENER = Symbol.for('portal.afterAuditedWrite');
const registry = globalThis as unknown as { [LISTENER]?: Listener };

export function setAfterAuditedWrite(listener: Listener): void {
  registry[LISTENER] = listener;
}

export function runAfterAuditedWrite(context: AuditContext): void {
  registry[LISTENER]?.(context);
}
