import { checkHealth } from '@/lib/data/health';

// Asked every few seconds by a load balancer: always fresh, never kept by anything in between.
export const dynamic = 'force-dynamic';

/** 200 when this process can serve (database reachable, every shipped migration applied), else 503. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
