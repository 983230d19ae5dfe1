import { fetchSourceById } from '@/lib/data/sources';
import { slugParam } from '@/lib/validations/search-params';

/** The source exactly as received, as a plain-text download (never rendered into a page). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = slugParam.safeParse((await params).id);
  const source = id.success ? await fetchSourceById(id.data) : null;
  if (!source) return new Response('未找到该来源。\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(source.rawText, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="${source.id}.txt"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
