/**
 * A Revision as the public sees it: what changed (only the fields that differ), when, by which
 * role, why and on what evidence. The actor's name and id are never part of it.
 */

// Bookkeeping columns that say nothing to a reader.
const HIDDEN_FIELDS = new Set(['id', 'key', 'version', 'position', 'passageId', 'createdAt', 'updatedAt']);

export type FieldChange = { field: string; before: unknown; after: unknown };

export type PublicChange = {
  id: number;
  entityType: string;
  entityId: string;
  /** create | publish | update | delete */
  action: string;
  at: Date;
  actorRole: string;
  reason: string;
  sourceRef: string | null;
  /**
   * The loader's evidence is a source's id: the source it names, so that readers get its title
   * and a link (lib/data/revisions.ts fills it in). Null for officials' evidence, their own words.
   */
  evidenceSource: { id: string; title: string } | null;
  /** The entity's name at the time (name, label or title), or its id. */
  name: string;
  /** Present in the row's data: needed to link an initiative (its kind picks the route). */
  kind: string | null;
  changes: FieldChange[];
};

type RevisionRow = {
  id: number;
  entityType: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  at: Date;
  actorRole: string;
  reason: string;
  sourceRef: string | null;
};

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Fields whose value differs between before and after; on create/delete, the fields that were set. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((change) => change.before !== change.after);
}

/**
 * An update that publishes its entity (published 0 → 1) is shown as "publish" with the values it
 * made public, as a creation is: the state before it was never public, so it is not shown.
 */
const publishes = (revision: RevisionRow, before: Record<string, unknown>, after: Record<string, unknown>) =>
  revision.action === 'update' && !before.published && Boolean(after.published);

export function toPublicChange(revision: RevisionRow): PublicChange {
  const stored = parse(revision.before);
  const after = parse(revision.after);
  const published = publishes(revision, stored, after);
  const before = published ? {} : stored;
  const current = revision.after ? after : before;
  const name =
    [current.name, current.label, current.title].find((v): v is string => typeof v === 'string') ?? revision.entityId;
  return {
    id: revision.id,
    entityType: revision.entityType,
    entityId: revision.entityId,
    action: published ? 'publish' : revision.action,
    at: revision.at,
    actorRole: revision.actorRole,
    reason: revision.reason,
    sourceRef: revision.sourceRef,
    evidenceSource: null,
    name,
    kind: typeof current.kind === 'string' ? current.kind : null,
    changes: diffFields(before, after),
  };
}
