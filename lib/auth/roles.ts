import type { PrismaClient } from '@prisma/client';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', editor: '编辑', viewer: '只读' };

/** Everyone signed in may read internal pages; these may write. */
export const WRITERS: readonly Role[] = ['admin', 'editor'];
export const ADMINS: readonly Role[] = ['admin'];

export type SignedInUser = { id: number; username: string; displayName: string; role: Role };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Admins edit every project; editors only those assigned to them; viewers none. */
export async function canEditProject(prisma: Pick<PrismaClient, 'projectAssignment'>, user: SignedInUser, projectId: number): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'editor') return false;
  const assignment = await prisma.projectAssignment.findUnique({ where: { userId_projectId: { userId: user.id, projectId } }, select: { userId: true } });
  return assignment !== null;
}
