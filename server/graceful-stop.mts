import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

type Options = { graceMs?: number; drainMs?: number; exit?: (code: number) => void };

/**
 * Stopping without losing a request (SIGTERM from a process manager, or from `npm run cluster`
 * taking an instance away): refuse new connections at once, so a balancer sends them elsewhere;
 * answer what still arrives on open keep-alive connections, each answer closing its connection;
 * after `drainMs`, close the connections still idle; exit when the last is closed. A request still
 * running after `graceMs` is cut off. A second signal exits at once.
 *
 * The drain is for a balancer that keeps connections open to this instance (HAProxy's
 * `http-reuse`): closing an idle one at once, as http.Server#close does, could cut a request the
 * balancer is sending on it at that instant, which it may not retry (a POST). Within the drain the
 * balancer finds the instance refusing connections and takes it out, so it sends nothing more.
 */
export function gracefulStop(server: Server, { graceMs = 10_000, drainMs = 0, exit = process.exit }: Options = {}) {
  let stopping = false;
  return {
    /** Call first for every request: a connection kept alive while stopping is closed after its answer. */
    onRequest(_request: IncomingMessage, response: ServerResponse) {
      if (stopping) response.shouldKeepAlive = false;
    },
    stop() {
      if (stopping) return exit(0);
      stopping = true;
      // net.Server's close stops accepting and leaves open connections alone (http.Server's also closes idle ones).
      NetServer.prototype.close.call(server, () => exit(0));
      setTimeout(() => server.closeIdleConnections(), drainMs).unref();
      setTimeout(() => {
        server.closeAllConnections();
        exit(0);
      }, graceMs).unref();
    },
  };
}
