import { z } from 'zod';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { fetchTemplateExamples } from '@/lib/data/import';
import { templateCsv, templateXlsx } from '@/lib/import/template';

const querySchema = z.object({ format: z.enum(['csv', 'xlsx']).catch('csv') });

/** GET /admin/import/template?format=csv|xlsx — admins only, like the import itself. */
export async function GET(request: Request) {
  await requireUser(ADMINS);
  const { format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const examples = await fetchTemplateExamples();
  const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
  if (format === 'xlsx') {
    return new Response(new Uint8Array(await templateXlsx(examples)), {
      headers: {
        ...headers,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition':
          'attachment; filename="import-template.xlsx"; filename*=UTF-8\'\'%E9%A1%B9%E7%9B%AE%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx',
      },
    });
  }
  return new Response(templateCsv(examples), {
    headers: {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition':
        'attachment; filename="import-template.csv"; filename*=UTF-8\'\'%E9%A1%B9%E7%9B%AE%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv',
    },
  });
}
