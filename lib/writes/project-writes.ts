import type { PrismaClient } from '@prisma/client';
import { editableBy, type SignedInUser } from '@/lib/auth/roles';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { STALE_RECORD } from '@/lib/i18n/messages/workspace';
import { changedFields, withAudit } from '@/lib/revisions/with-audit';
import type { ProjectFields, StatusUpdate } from '@/lib/validations/project-form';
import { statusDateError } from '@/lib/validations/status-date';
import { auditContext, WriteRefused } from '@/lib/writes/write-context';

/**
 * Saving a project: 'saved', or 'unchanged' when the form changes nothing (nothing written).
 * A refusal (stale version, a rule, a taken code) throws WriteRefused, with nothing written.
 */
export type SaveOutcome = 'saved' | 'unchanged';

function refuseIfAny(errors: Record<string, string>): void {
  if (Object.keys(errors).length > 0) throw new WriteRefused(errors);
}

function columnsOf(fields: ProjectFields) {
  const {
    sets: _sets,
    initiatives: _initiatives,
    reason: _reason,
    evidence: _evidence,
    statusDateConfirmed: _confirmed,
    ...columns
  } = fields;
  return columns;
}

async function checkLinks(prisma: PrismaClient, fields: ProjectFields): Promise<Record<string, string>> {
  const [sets, initiatives] = await Promise.all([
    prisma.set.count({ where: { id: { in: fields.sets } } }),
    prisma.initiative.count({ where: { id: { in: fields.initiatives } } }),
  ]);
  const errors: Record<string, string> = {};
  if (sets !== new Set(fields.sets).size) errors.sets = '所选项目集不存在';
  if (initiatives !== new Set(fields.initiatives).size) errors.initiatives = '所选工作主线或领域不存在';
  return errors;
}

async function checkCodeFree(
  prisma: PrismaClient,
  code: string | null,
  projectId: number | null,
): Promise<Record<string, string>> {
  if (!code) return {};
  const holder = await prisma.project.findUnique({ where: { code }, select: { id: true } });
  return holder && holder.id !== projectId ? { code: '该项目编码已被另一个项目使用' } : {};
}

const LINKS = { sets: { select: { setId: true } }, initiatives: { select: { initiativeId: true } } } as const;

/** The stored project with its memberships: read once per save, whichever form sends it. */
const storedProject = (prisma: PrismaClient, projectId: number) =>
  prisma.project.findUniqueOrThrow({ where: { id: projectId }, include: LINKS });
type StoredProject = Awaited<ReturnType<typeof storedProject>>;

/** The full edit form. */
export async function saveProjectChanges(
  prisma: PrismaClient,
  user: SignedInUser,
  projectId: number,
  expectedVersion: number,
  fields: ProjectFields,
): Promise<SaveOutcome> {
  return applyChanges(prisma, user, await storedProject(prisma, projectId), expectedVersion, fields);
}

/**
 * One audited transaction: the project row changes only if its version is still the one the
 * official loaded (optimistic concurrency) and the official may still edit it (both in the
 * update's `where`), and the version goes up by one.
 */
async function applyChanges(
  prisma: PrismaClient,
  user: SignedInUser,
  stored: StoredProject,
  expectedVersion: number,
  fields: ProjectFields,
): Promise<SaveOutcome> {
  const projectId = stored.id;
  if (stored.version !== expectedVersion) throw new WriteRefused({}, STALE_RECORD);
  const changes = changedFields(stored, columnsOf(fields));
  const storedSets = stored.sets.map((s) => s.setId);
  const storedInitiatives = stored.initiatives.map((i) => i.initiativeId);
  const linksChanged = !sameMembers(storedSets, fields.sets) || !sameMembers(storedInitiatives, fields.initiatives);
  if (Object.keys(changes).length === 0 && !linksChanged) return 'unchanged';

  const errors = { ...(await checkLinks(prisma, fields)), ...(await checkCodeFree(prisma, fields.code, projectId)) };
  const statusDate = statusDateError(stored, fields);
  if (statusDate) errors.statusDate = statusDate;
  refuseIfAny(errors);

  await withAudit(prisma, auditContext(user, fields.reason, fields.evidence), async (tx) => {
    const where = { id: projectId, version: expectedVersion, ...editableBy(user) };
    const { count } = await tx.project.updateMany({ where, data: { ...changes, version: { increment: 1 } } });
    if (count !== 1) throw new WriteRefused({}, STALE_RECORD);
    await tx.setMembership.deleteMany({ where: { projectId, setId: { notIn: fields.sets } } });
    await tx.initiativeProject.deleteMany({ where: { projectId, initiativeId: { notIn: fields.initiatives } } });
    await tx.setMembership.createMany({
      data: fields.sets.filter((id) => !storedSets.includes(id)).map((setId) => ({ setId, projectId })),
    });
    await tx.initiativeProject.createMany({
      data: fields.initiatives
        .filter((id) => !storedInitiatives.includes(id))
        .map((initiativeId) => ({ initiativeId, projectId })),
    });
  });
  return 'saved';
}

/** What the short status form leaves as stored: every column it does not show. */
const KEPT_BY_STATUS_FORM = [
  'name',
  'nameEn',
  'code',
  'totalInvestment',
  'annualPlanInvestment',
  'completedInvestment',
  'startDate',
  'plannedCompletionDate',
  'location',
  'description',
  'published',
] as const;

/**
 * The short status form: the stored project with the submitted status, date and progress,
 * saved as the full edit form is, so it meets the same version check, status-date rule,
 * audit and revalidation.
 */
export async function saveStatusUpdate(
  prisma: PrismaClient,
  user: SignedInUser,
  projectId: number,
  update: StatusUpdate,
): Promise<SaveOutcome> {
  const { expectedVersion, ...submitted } = update;
  const stored = await storedProject(prisma, projectId);
  const columns = Object.fromEntries(KEPT_BY_STATUS_FORM.map((key) => [key, stored[key]])) as Pick<
    typeof stored,
    (typeof KEPT_BY_STATUS_FORM)[number]
  >;
  // Stored codes are written back unchanged (changedFields skips them): no need to re-check them.
  const codes = { sector: stored.sector, level: stored.level, kind: stored.kind, town: stored.town } as Pick<
    ProjectFields,
    'sector' | 'level' | 'kind' | 'town'
  >;
  const links = { sets: stored.sets.map((s) => s.setId), initiatives: stored.initiatives.map((i) => i.initiativeId) };
  return applyChanges(prisma, user, stored, expectedVersion, { ...columns, ...codes, ...submitted, ...links });
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** A free slug made from the name's pinyin, for a new project whose form gives none. */
async function slugForName(prisma: PrismaClient, name: string): Promise<string> {
  const taken = await prisma.project.findMany({
    where: { slug: { startsWith: slugFromName(name) } },
    select: { slug: true },
  });
  return uniqueSlug(slugFromName(name), new Set(taken.map((p) => p.slug)));
}

/** A new project (knownAs official), with the evidence the form requires; returns its slug. */
export async function createProjectRecord(
  prisma: PrismaClient,
  user: SignedInUser,
  givenSlug: string | null,
  fields: ProjectFields,
): Promise<string> {
  const slug = givenSlug ?? (await slugForName(prisma, fields.name));
  const errors = { ...(await checkLinks(prisma, fields)), ...(await checkCodeFree(prisma, fields.code, null)) };
  if (await prisma.project.findUnique({ where: { slug }, select: { id: true } }))
    errors.slug = '该网址标识已被使用（网址标识不能重复使用）';
  refuseIfAny(errors);
  await withAudit(prisma, auditContext(user, fields.reason, fields.evidence), async (tx) => {
    const project = await tx.project.create({
      data: { ...columnsOf(fields), slug, knownAs: 'official' },
      select: { id: true },
    });
    await tx.setMembership.createMany({ data: fields.sets.map((setId) => ({ setId, projectId: project.id })) });
    await tx.initiativeProject.createMany({
      data: fields.initiatives.map((initiativeId) => ({ initiativeId, projectId: project.id })),
    });
  });
  return slug;
}
