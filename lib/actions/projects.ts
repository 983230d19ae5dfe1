'use server';

import { authorizeProject } from '@/lib/auth/guards';
import { ADMINS, WRITERS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { adminProjectHref } from '@/lib/links';
import type { FormState } from '@/lib/validations/form-state';
import {
  projectCreateSchema,
  projectFieldsSchema,
  projectUpdateSchema,
  statusUpdateSchema,
} from '@/lib/validations/project-form';
import {
  createProjectRecord,
  saveProjectChanges,
  saveStatusUpdate,
  type SaveOutcome,
} from '@/lib/writes/project-writes';
import { workspaceAction } from '@/lib/writes/workspace-action';

// One schema per form: the fields with the version the form was opened at, or with the new slug.
const projectEditSchema = projectFieldsSchema.and(projectUpdateSchema);
const projectNewSchema = projectFieldsSchema.and(projectCreateSchema);

const savedHref = (slug: string, outcome: SaveOutcome, saved: 'project' | 'status') =>
  adminProjectHref(slug, 'view', { saved: outcome === 'saved' ? saved : 'unchanged' });

/** Edit form of /admin/projects/[slug]/edit; `slug` is bound by the page. */
export async function updateProject(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: WRITERS,
      authorize: (user) => authorizeProject(user, slug),
      schema: projectEditSchema,
      write: ({ expectedVersion, ...fields }, { user, target }) =>
        saveProjectChanges(db, user, target.projectId, expectedVersion, fields),
      redirectTo: (outcome, { target }) => savedHref(target.slug, outcome, 'project'),
    },
    formData,
  );
}

/** The short form of /admin/projects/[slug]/status: status, date, progress, reason, evidence. */
export async function updateProjectStatus(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: WRITERS,
      authorize: (user) => authorizeProject(user, slug),
      schema: statusUpdateSchema,
      write: (update, { user, target }) => saveStatusUpdate(db, user, target.projectId, update),
      redirectTo: (outcome, { target }) => savedHref(target.slug, outcome, 'status'),
    },
    formData,
  );
}

/** /admin/projects/new (admins): slug given, or made from the name's pinyin. */
export async function createProject(_state: FormState, formData: FormData): Promise<FormState> {
  return workspaceAction(
    {
      roles: ADMINS,
      schema: projectNewSchema,
      write: ({ slug, ...fields }, { user }) => createProjectRecord(db, user, slug, fields),
      redirectTo: (slug) => adminProjectHref(slug, 'view', { saved: 'project' }),
    },
    formData,
  );
}
