import 'server-only';
import type { Prisma } from '@prisma/client';
import type { z } from 'zod';
import { authorizeProject } from '@/lib/auth/guards';
import { WRITERS } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import type { SavedKey } from '@/lib/i18n/messages/workspace';
import { adminProjectHref } from '@/lib/links';
import { withAudit } from '@/lib/revisions/with-audit';
import type { FormState } from '@/lib/validations/form-state';
import { workspaceAction } from '@/lib/writes/workspace-action';
import { auditContext } from '@/lib/writes/write-context';

type ProjectRecord<S extends z.ZodType> = {
  /** The project the form is bound to (by the page). */
  slug: string;
  schema: S;
  reason: string;
  sourceRef?: (input: z.output<S>) => string | null;
  /** Runs inside withAudit, for a project this official may change. */
  write: (tx: Prisma.TransactionClient, input: z.output<S>, projectId: number) => Promise<void>;
  saved: SavedKey;
  /** The section of the project page the official returns to. */
  anchor: string;
};

/** The pipeline of every 包挂 / milestone / problem form: a record of one project, one audited transaction. */
export function projectRecordAction<S extends z.ZodType>(
  record: ProjectRecord<S>,
  formData: FormData,
): Promise<FormState> {
  return workspaceAction(
    {
      roles: WRITERS,
      authorize: (user) => authorizeProject(user, record.slug),
      schema: record.schema,
      write: (input, { user, target }) =>
        withAudit(db, auditContext(user, record.reason, record.sourceRef?.(input) ?? null), (tx) =>
          record.write(tx, input, target.projectId),
        ),
      redirectTo: (_, { target }) => adminProjectHref(target.slug, 'view', { saved: record.saved }, record.anchor),
    },
    formData,
  );
}
