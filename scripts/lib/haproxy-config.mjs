// The HAProxy of `npm run cluster` (README, "Several instances"): Debian's haproxy 2.6, and its
// configuration, one public port in front of N portal processes on loopback.
import { ensureDebianProgram } from './debian-package.mjs';

export const ensureHaproxy = () =>
  ensureDebianProgram({ path: '/usr/sbin/haproxy', packages: ['haproxy'], purpose: 'The cluster (and its test)' });

/**
 * - Health: each instance is asked `GET /api/health` every 2 s (database reachable, every migration
 *   applied); three failures take it out, two successes bring it back. An answer may take 5 s: an
 *   instance busy rendering is slow, not broken, and taking it out would only load the others more.
 * - Queue in the balancer, not in the instances: each instance gets at most 16 requests at once
 *   (two cores render a handful of pages at a time); the rest wait in HAProxy's queue for the first
 *   instance free. So a health check never waits behind hundreds of requests inside an instance.
 * - Nothing lost when an instance stops: a stopping instance refuses new connections and finishes
 *   what it has (server/graceful-stop.mts). A refused connection takes that instance out at once
 *   (`observe layer4`, without waiting for its health checks) and is tried again on another
 *   (`retries`, `redispatch`), for any method, since the request never reached a server.
 *   A GET or HEAD is also retried when a server closed without answering or did not answer in
 *   time; a POST never is, because the server may have acted on it.
 * - Server connections are kept open and reused (`http-keep-alive`, `http-reuse safe`): a new
 *   connection per request cost the instance more than a cached page does (measured: 5,300 against
 *   12,000 requests/s through one instance, README "Several instances"). An idle connection must
 *   never be closed by the instance while HAProxy sends a request on it: HAProxy closes its idle
 *   ones first (half of them every `pool-purge-delay`, 5 s), the instances keep theirs 75 s
 *   (server/serve.mts), and a stopping instance drains them rather than cutting them
 *   (server/graceful-stop.mts).
 * - Logged (to the cluster's haproxy.log): only what went wrong (errors, retries, 5xx), and servers
 *   going down or up.
 * - `forwardfor`: the instances see the reader's address (TRUSTED_PROXY_HOPS counts this hop).
 */
export function haproxyConfig({ bind, instances }) {
  return `global
    maxconn 4096
    log stdout format raw local0

defaults
    mode http
    log global
    option httplog
    option dontlog-normal
    timeout connect 2s
    timeout client 65s
    timeout server 65s
    timeout http-request 10s
    timeout queue 60s
    timeout check 5s
    option http-keep-alive
    http-reuse safe
    option forwardfor
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend portal
    bind ${bind}
    default_backend instances

backend instances
    balance leastconn
    http-request disable-l7-retry if !METH_GET !METH_HEAD
    option httpchk GET /api/health
    http-check expect status 200
    default-server check inter 2s fastinter 500ms fall 3 rise 2 maxconn 16 pool-purge-delay 5s observe layer4 error-limit 1 on-error mark-down
${instances.map(({ name, port }) => `    server ${name} 127.0.0.1:${port}`).join('\n')}
`;
}
