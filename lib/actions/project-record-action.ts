import 'server-only';
import type { Prisma } from '@prisma/client';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { requireProjectEditor, requireUser } from '@/lib/auth/guards';
import { WRITERS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { actorOf } from '@/lib/actions/project-writes';
import { BUSY_MESSAGE, type SavedKey } from '@/lib/i18n/messages/workspace';
import { DatabaseBusy, withAudit } from '@/lib/revisions/with-audit';
import { fieldErrors, formValues, invalid, type FormState } from '@/lib/validations/form-state';
import { slugSchema } from '@/lib/validations/project-fields';

/** Thrown inside a write to refuse it (rolled back) with a message for a field or the form. */
export class WriteRefused extends Error {
  constructor(readonly errors: Record<string, string>, readonly formMessage?: string) {
    super('write refused');
  }
}

type Options<S extends z.ZodType> = {
  slug: string;
  formData: FormData;
  schema: S;
  reason: string;
  /** Runs inside withAudit: the role and project rights are already checked. */
  write: (tx: Prisma.TransactionClient, input: z.infer<S>, projectId: number) => Promise<void>;
  sourceRef?: (input: z.infer<S>) => string | null;
  saved: SavedKey;
  anchor: string;
};

/**
 * The shape of every 包挂 / milestone / problem action: session and role first, then the
 * project's rights, then the input, then one audited transaction, revalidation and redirect.
 */
export async function runProjectRecordAction<S extends z.ZodType>(options: Options<S>): Promise<FormState> {
  await requireUser(WRITERS);
  const slug = slugSchema.safeParse(options.slug);
  if (!slug.success) redirect('/admin/projects');
  const { user, projectId } = await requireProjectEditor(slug.data);
  const values = formValues(options.formData);
  const parsed = options.schema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  const input = parsed.data as z.infer<S>;
  try {
    await withAudit(db, { actor: actorOf(user), reason: options.reason, sourceRef: options.sourceRef?.(input) ?? null }, (tx) => options.write(tx, input, projectId));
  } catch (error) {
    if (error instanceof WriteRefused) return invalid(values, error.errors, error.formMessage);
    if (error instanceof DatabaseBusy) return invalid(values, {}, BUSY_MESSAGE);
    throw error;
  }
  redirect(`/admin/projects/${slug.data}?saved=${options.saved}#${options.anchor}`);
}
