/** Runs once when a server process starts (Next's instrumentation hook). */
export async function register() {
  // Not while building: the build reads no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startCacheInvalidation } = await import('@/lib/cache/invalidation');
  startCacheInvalidation();
}
