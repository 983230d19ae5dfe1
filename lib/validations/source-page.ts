import { z } from 'zod';

/** `?figure=<key>` on a source page: which figure's sentence to mark. Anything else is ignored. */
export const sourcePageParamsSchema = z.object({
  figure: z
    .string()
    .max(120)
    .regex(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/)
    .optional()
    .catch(undefined),
});
