import 'server-only';
import type { PrismaClient } from '@prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';

// One client per server process; kept on globalThis so hot reloads in `next dev` reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
