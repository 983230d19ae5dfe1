import { z } from 'zod';
import { slugParam } from '@/lib/validations/params';

/**
 * The checked-in table of English renderings of names (data/translations/names-en.json): the
 * loader's input boundary. Its status says whose words they are: the portal's translation, never
 * the source's, so pages mark them as such.
 */

const renderings = z.record(slugParam, z.string().trim().min(1).max(300));

export const nameTranslationsSchema = z.object({
  status: z.literal('portalTranslation'),
  statusNote: z.string().min(1),
  projects: renderings,
  enterprises: renderings,
  initiatives: renderings,
});

export type NameTranslations = z.infer<typeof nameTranslationsSchema>;
