import { IDENTITY_FIELDS } from '@/lib/fields/project-identity-fields';
import { PROGRESS_FIELDS } from '@/lib/fields/project-progress-fields';
import { RECORD_FIELDS } from '@/lib/fields/project-record-fields';
import { STATUS_FIELDS } from '@/lib/fields/project-status-fields';

/**
 * Every field of a project, declared once (what is declared: ./project-field.ts), in the order of
 * the projects download; internal fields sit beside the public ones. Adding a field: CONTRIBUTING.md,
 * "Adding a field, end to end".
 */
export const PROJECT_FIELDS = { ...IDENTITY_FIELDS, ...STATUS_FIELDS, ...PROGRESS_FIELDS, ...RECORD_FIELDS };

export type ProjectFieldKey = keyof typeof PROJECT_FIELDS;
