/**
 * The generation of the public pages' data: it moves on whenever a write may have changed what
 * a public page shows. The server's front door keeps copies of public pages only while the
 * generation they were asked for is current (server/page-cache.mts); lib/cache/invalidation.ts
 * moves it on. Kept on globalThis because the front door (loaded by Node) and Next's bundled
 * server code (which loads its own copy of this module) run in one process and must share it.
 * No imports, so that both can load it.
 */
const EPOCH = Symbol.for('portal.publicEpoch');
const shared = globalThis as { [EPOCH]?: number };

export function publicEpoch(): number {
  return shared[EPOCH] ?? 0;
}

export function expirePublicCopies(): void {
  shared[EPOCH] = publicEpoch() + 1;
}
