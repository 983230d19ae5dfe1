'use server';

import { redirect } from 'next/navigation';
import { requireProjectEditor, requireUser } from '@/lib/auth/guards';
import { ADMINS, WRITERS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { CONFLICT_MESSAGE, createProjectRecord, saveProjectChanges, type SaveOutcome } from '@/lib/actions/project-writes';
import { BUSY_MESSAGE } from '@/lib/revisions/with-audit';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { projectCreateSchema, projectFieldsSchema, projectUpdateSchema } from '@/lib/validations/project-form';
import { slugSchema } from '@/lib/validations/project-fields';

function answer(outcome: SaveOutcome, values: FormState['values'], slug: string): FormState {
  if (outcome.kind === 'conflict') return invalid(values, {}, CONFLICT_MESSAGE);
  if (outcome.kind === 'busy') return invalid(values, {}, BUSY_MESSAGE);
  if (outcome.kind === 'invalid') return invalid(values, outcome.errors);
  redirect(`/admin/projects/${encodeURIComponent(slug)}?saved=${outcome.kind === 'saved' ? 'project' : 'unchanged'}`);
}

/** Edit form of /admin/projects/[slug]/edit; `slug` is bound by the page. */
export async function updateProject(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  await requireUser(WRITERS);
  const safeSlug = slugSchema.safeParse(slug);
  if (!safeSlug.success) redirect('/admin/projects');
  const { user, projectId } = await requireProjectEditor(safeSlug.data);
  const values = formValues(formData);
  const version = projectUpdateSchema.safeParse(values);
  const parsed = projectFieldsSchema.safeParse(values);
  if (!version.success) return invalid(values, {}, '表单已过期，请重新打开编辑页面。');
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  return answer(await saveProjectChanges(db, user, projectId, version.data.expectedVersion, parsed.data), values, safeSlug.data);
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
