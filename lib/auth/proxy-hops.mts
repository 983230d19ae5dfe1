/**
 * How many proxies of ours stand in front of this server (`TRUSTED_PROXY_HOPS`, a whole number,
 * default 0; `npm run cluster` counts its balancer). Read by the sign-in throttle, to know which
 * `x-forwarded-for` entry to trust (lib/auth/client-address.ts), and by the server, which keeps
 * connections longer and drains them on stop behind a balancer (server/serve.mts). No imports, so
 * that the server shares it.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}
