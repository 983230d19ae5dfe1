import type { IncomingMessage, Server, ServerResponse } from 'node:http';

type Options = { graceMs?: number; exit?: (code: number) => void };

/**
 * Stopping without losing a request (SIGTERM from a process manager, or from `npm run cluster`
 * taking an instance away): refuse new connections at once, so a balancer sends them elsewhere;
 * close idle keep-alive connections; let the requests in progress finish, each then closing its
 * connection; exit when the last is done. A request still running after `graceMs` is cut off.
 * A second signal exits at once.
 */
export function gracefulStop(server: Server, { graceMs = 10_000, exit = process.exit }: Options = {}) {
  let stopping = false;
  return {
    /** Call first for every request: a connection kept alive while stopping is closed after its answer. */
    onRequest(_request: IncomingMessage, response: ServerResponse) {
      if (stopping) response.shouldKeepAlive = false;
    },
    stop() {
      if (stopping) return exit(0);
      stopping = true;
      server.close(() => exit(0));
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        exit(0);
      }, graceMs).unref();
    },
  };
}
