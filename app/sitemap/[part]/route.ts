import { sitemapPartXml } from '@/lib/sitemap/parts';
import { sitemapResponse } from '@/lib/sitemap/respond';
import { sitemapPartNameSchema } from '@/lib/validations/sitemap';
import type { WithParams } from '@/lib/validations/params';

/** One part of the sitemap, e.g. /sitemap/projects-0.xml; a name that is no part is a 404. */
export async function GET(request: Request, { params }: WithParams<{ part: string }>) {
  const { part: name } = await params;
  const part = sitemapPartNameSchema.safeParse(name);
  return sitemapResponse(request, name, async (dataUpdatedAt) =>
    part.success ? sitemapPartXml(part.data, dataUpdatedAt) : null,
  );
}

export { GET as HEAD };
