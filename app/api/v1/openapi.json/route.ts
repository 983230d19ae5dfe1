import { openApiDocument } from '@/lib/api/openapi';
import { jsonResponse, preflight } from '@/lib/api/respond';
import { siteUrl } from '@/lib/site-url.mts';

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(siteUrl().toString()));
}

export const OPTIONS = preflight;
