'use server';

import { redirect } from 'next/navigation';
import { requireProjectEditor, requireUser } from '@/lib/auth/guards';
import { ADMINS, WRITERS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { createProjectRecord, saveProjectChanges, saveStatusUpdate, type SaveOutcome } from '@/lib/actions/project-writes';
import { BUSY_MESSAGE, STALE_FORM, STALE_RECORD } from '@/lib/i18n/messages/workspace';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { projectCreateSchema, projectFieldsSchema, projectUpdateSchema, statusUpdateSchema } from '@/lib/validations/project-form';
import { slugSchema } from '@/lib/validations/project-fields';

function answer(outcome: SaveOutcome, values: FormState['values'], slug: string, saved: 'project' | 'status' = 'project'): FormState {
  if (outcome.kind === 'conflict') return invalid(values, {}, STALE_RECORD);
  if (outcome.kind === 'busy') return invalid(values, {}, BUSY_MESSAGE);
  if (outcome.kind === 'invalid') return invalid(values, outcome.errors);
  redirect(`/admin/projects/${encodeURIComponent(slug)}?saved=${outcome.kind === 'saved' ? saved : 'unchanged'}`);
}

/** The session, the role and this project's rights, in that order, before any input is read. */
async function editorOf(slug: string) {
  await requireUser(WRITERS);
  const safeSlug = slugSchema.safeParse(slug);
  if (!safeSlug.success) redirect('/admin/projects');
  return { slug: safeSlug.data, ...(await requireProjectEditor(safeSlug.data)) };
}

/** Edit form of /admin/projects/[slug]/edit; `slug` is bound by the page. */
export async function updateProject(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { user, projectId, slug: safeSlug } = await editorOf(slug);
  const values = formValues(formData);
  const version = projectUpdateSchema.safeParse(values);
  const parsed = projectFieldsSchema.safeParse(values);
  if (!version.success) return invalid(values, {}, STALE_FORM);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  return answer(await saveProjectChanges(db, user, projectId, version.data.expectedVersion, parsed.data), values, safeSlug);
}

/** The short form of /admin/projects/[slug]/status: status, date, progress, reason, evidence. */
export async function updateProjectStatus(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { user, projectId, slug: safeSlug } = await editorOf(slug);
  const values = formValues(formData);
  const parsed = statusUpdateSchema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.expectedVersion ? invalid(values, {}, STALE_FORM) : invalid(values, errors);
  }
  return answer(await saveStatusUpdate(db, user, projectId, parsed.data), values, safeSlug, 'status');
}

/** /admin/projects/new (admins): slug given, or made from the name's pinyin. */
export async function createProject(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(ADMINS);
  const values = formValues(formData);
  const parsed = projectFieldsSchema.safeParse(values);
  const slugField = projectCreateSchema.safeParse(values);
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(slugField.success ? {} : fieldErrors(slugField.error)) };
  if (!parsed.success || !slugField.success) return invalid(values, errors);
  let slug = slugField.data.slug;
  if (!slug) {
    const taken = await db.project.findMany({ where: { slug: { startsWith: slugFromName(parsed.data.name) } }, select: { slug: true } });
    slug = uniqueSlug(slugFromName(parsed.data.name), new Set(taken.map((p) => p.slug)));
  }
  return answer(await createProjectRecord(db, user, slug, parsed.data), values, slug);
}
