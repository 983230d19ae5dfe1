// The part of autocannon 8's API the benchmarks use (the package ships no types, and adding
// @types/autocannon would change the dependencies).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  type RawRequest = { path: string; method?: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    /** Seconds before a request counts as timed out (and as an error). */
    timeout?: number;
    requests?: { setupRequest?: (request: RawRequest) => RawRequest }[];
  };
  type Result = {
    /** Seconds actually run. */
    duration: number;
    /** Answered requests. */
    requests: { total: number };
    non2xx: number;
    /** Connection errors and timeouts. */
    errors: number;
    timeouts: number;
  };
  type Instance = EventEmitter &
    PromiseLike<Result> & {
      on(
        event: 'response',
        listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
      ): Instance;
      stop(): void;
    };

  export default function autocannon(options: Options): Instance;
}
