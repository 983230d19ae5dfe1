import { notFound, parseQuery } from '@/lib/api/respond';
import { downloadPreflight, downloadResponse } from '@/lib/open-data/download-response';
import { downloadFileSchema } from '@/lib/validations/downloads';
import { projectFiltersStrictSchema } from '@/lib/validations/project-filters';
import type { WithParams } from '@/lib/validations/params';

/**
 * Downloads of /data, kept per data version (lib/open-data/download-cache.ts); project downloads take the listing's
 * filters.
 */
export async function GET(request: Request, { params }: WithParams<{ file: string }>) {
  const file = downloadFileSchema.safeParse((await params).file);
  if (!file.success) return notFound(request, 'download');
  if (!file.data.startsWith('projects.')) return downloadResponse(request, file.data);
  const filters = parseQuery(request, projectFiltersStrictSchema);
  return filters.ok ? downloadResponse(request, file.data, filters.data) : filters.response;
}

export { GET as HEAD };
export const OPTIONS = downloadPreflight;
