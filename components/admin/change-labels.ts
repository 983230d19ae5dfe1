import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '@/lib/domain/accountability';
import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';

/**
 * How the workspace names a revision: the action and type in words and the record's own name,
 * never the codes of the audit log ("figure keyProjects2023.…（create）"). The public history's
 * labels, plus the types only officials see.
 */
const history = pickMessages('zh-Hans', historyMessages);

const TYPES: Record<string, string> = {
  ...history.types,
  milestone: '督查节点',
  problem: '梗阻问题',
  responsibility: '包挂责任人',
};
const ACTIONS: Record<string, string> = history.actions;
const ROLES: Record<string, string> = history.roles;

// Problem texts can be long: the list shows their start.
const SHORT = 30;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT)}…` : text);

function nameOf(entityType: string, record: Record<string, unknown>): string | null {
  const text = (key: string) =>
    typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : null;
  if (entityType === 'responsibility') {
    const role = RESPONSIBILITY_ROLES[text('role') as ResponsibilityRole]?.zh;
    return [role, text('personName')].filter(Boolean).join(' ') || null;
  }
  if (entityType === 'problem') return text('description') && shorten(text('description')!);
  return text('name') ?? text('label') ?? text('title');
}

/** "修改 · 数据：2023年重点项目个数" — falls back to the record's id only when it has no name. */
export function describeChange(change: {
  entityType: string;
  entityId: string;
  action: string;
  record: Record<string, unknown>;
}): string {
  const action = ACTIONS[change.action] ?? change.action;
  const type = TYPES[change.entityType] ?? change.entityType;
  return `${action} · ${type}：${nameOf(change.entityType, change.record) ?? change.entityId}`;
}

/** The role in words, with the person's name: the workspace, unlike the public, sees who. */
export function describeActor(change: { actorRole: string; actorName: string }): string {
  const role = ROLES[change.actorRole] ?? change.actorRole;
  return change.actorRole === 'loader' ? role : `${change.actorName}（${role}）`;
}
