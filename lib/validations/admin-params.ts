import { z } from 'zod';
import { SAVED_MESSAGES } from '@/lib/i18n/messages/workspace';

export const savedParamSchema = z.object({
  saved: z
    .enum(Object.keys(SAVED_MESSAGES) as [keyof typeof SAVED_MESSAGES])
    .optional()
    .catch(undefined),
});

export function savedMessage(searchParams: Record<string, string | string[] | undefined>): string | null {
  const { saved } = savedParamSchema.parse(searchParams);
  return saved ? SAVED_MESSAGES[saved] : null;
}
