import { z } from 'zod';
import { SAVED_MESSAGES } from '@/lib/i18n/messages/workspace';
import { slugSchema } from '@/lib/validations/project-fields';

export const savedParamSchema = z.object({ saved: z.enum(Object.keys(SAVED_MESSAGES) as [keyof typeof SAVED_MESSAGES]).optional().catch(undefined) });

export function savedMessage(searchParams: Record<string, string | string[] | undefined>): string | null {
  const { saved } = savedParamSchema.parse(searchParams);
  return saved ? SAVED_MESSAGES[saved] : null;
}

/** A route's [slug], checked before any lookup: anything else is simply not found. */
export function parseSlugParam(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parsed = slugSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
