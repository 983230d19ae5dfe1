import { fetchSourceById } from '@/lib/data/sources';
import { parseSlug, type WithParams } from '@/lib/validations/params';

/** The source exactly as received, as a plain-text download (never rendered into a page). */
export async function GET(_request: Request, { params }: WithParams<{ id: string }>) {
  const id = parseSlug((await params).id);
  const source = id === null ? null : await fetchSourceById(id);
  if (!source)
    return new Response('未找到该来源。\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(source.rawText, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="${source.id}.txt"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
