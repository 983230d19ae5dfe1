import type { Prisma, PrismaClient } from '@prisma/client';

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

/**
 * The projects `user` may edit, as a `where`: admins every project, editors those assigned to
 * them, viewers none. Reads and writes put it in their own condition, so a right withdrawn
 * between the check and the write lets nothing through.
 */
export function editableBy(user: SignedInUser): Prisma.ProjectWhereInput {
  if (user.role === 'admin') return {};
  if (user.role === 'editor') return { assignments: { some: { userId: user.id } } };
  return { id: { in: [] } };
}

export async function canEditProject(
  prisma: Pick<PrismaClient, 'project'>,
  user: SignedInUser,
  projectId: number,
): Promise<boolean> {
  return (await prisma.project.count({ where: { id: projectId, ...editableBy(user) } })) === 1;
}
