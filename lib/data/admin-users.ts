import 'server-only';
import { db } from '@/lib/db';

/** Accounts with their state and assigned projects (never the password hash). */
export function fetchUsers() {
  return db.user.findMany({
    orderBy: { username: 'asc' },
    select: { id: true, username: true, displayName: true, role: true, disabled: true, lockedUntil: true, assignments: { select: { projectId: true } } },
  });
}

export function fetchProjectChoices() {
  return db.project.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
