import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Both are native or engine-bearing packages: keep them out of the server bundle.
  serverExternalPackages: ['@prisma/client', 'better-sqlite3'],
  typedRoutes: false,
};

export default nextConfig;
