import { z } from 'zod';
import { optionalText, requiredText } from '@/lib/validations/project-fields';

/**
 * An enterprise's English name as officials edit it: the portal's translation of the Chinese name
 * the sources give (which stays as it is, and is not edited here). Empty: no English name.
 */
export const enterpriseNameFormSchema = z.object({
  nameEn: optionalText('英文名称', 300),
  reason: requiredText('改动原因', 500),
});
