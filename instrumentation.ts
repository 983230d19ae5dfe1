/** Runs once when a server process starts (Next's instrumentation hook). */
export async function register() {
  // Not while building: the build reads no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startCacheInvalidation } = await import('@/lib/cache/invalidation');
  startCacheInvalidation();
  // An import a crash left half applied is finished (lib/writes/import-apply.ts).
  const [{ createPrismaClient }, { startResumingImports }] = await Promise.all([
    import('@/lib/prisma-client'),
    import('@/lib/import/run-import-job'),
  ]);
  startResumingImports(createPrismaClient());
}
