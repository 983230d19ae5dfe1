import { isIP } from 'node:net';
import { trustedProxyHops } from '@/lib/auth/proxy-hops.mts';

/**
 * The client's address for the per-address throttle, or null when it cannot be known.
 *
 * Next's server puts the socket's address in `x-forwarded-for` only when the request has no such
 * header, so a client talking to the server directly can write any address there. The header is
 * therefore trusted only when `TRUSTED_PROXY_HOPS` (a whole number, default 0) says how many
 * proxies of ours stand in front and append to it: the address is then that many entries from the
 * right, the one our outermost proxy saw. With 0 (no proxy), there is no address we can trust, and
 * only the per-account throttle applies: using a forgeable header would let anyone throttle the
 * sign-ins of an address they name.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string | null {
  if (hops < 1) return null;
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  const address = entries.at(-hops);
  return address && isIP(address) ? addressGroup(address) : null;
}

/**
 * One IPv4 address, or the /64 network of an IPv6 address (one household or host gets a whole
 * /64, so single IPv6 addresses would be free to rotate). IPv4-mapped IPv6 is read as IPv4.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) === 4) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
