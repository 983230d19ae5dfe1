import 'server-only';
import { waitingNames } from '@/lib/auth/throttle';
import { db } from '@/lib/db';

/** Accounts with their state and assigned projects (never the password hash). */
export async function fetchUsers(now = Date.now()) {
  const users = await db.user.findMany({
    orderBy: { username: 'asc' },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      disabled: true,
      totpEnabled: true,
      assignments: { select: { projectId: true } },
    },
  });
  // Sign-in throttling is kept per name (lib/auth/throttle.ts), not on the account row.
  const waiting = await waitingNames(
    db,
    users.map((user) => user.username),
    now,
  );
  return users.map((user) => ({ ...user, signInWaiting: waiting.has(user.username) }));
}

export function fetchProjectChoices() {
  return db.project.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
