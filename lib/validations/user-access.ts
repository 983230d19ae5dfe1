import { z } from 'zod';
import { checkbox } from '@/lib/validations/project-fields';

/**
 * What an admin may change about an account here: disabled, sign-in wait cleared, second factor reset, projects
 * assigned (editors).
 */
export const userAccessSchema = z.object({
  disabled: checkbox,
  unlock: checkbox,
  resetTwoFactor: checkbox,
  projects: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive()).max(100_000),
  ),
});
