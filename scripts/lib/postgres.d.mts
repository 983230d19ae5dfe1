// Types of postgres.mjs for the TypeScript scripts and tests (the project type-checks .ts only).
export interface ThrowawayPostgres {
  url: string;
  port: number;
  folder: string;
  stop(): void;
}
export function findPostgresBin(): string | undefined;
export function ensurePostgres(): string;
export function freePort(): Promise<number>;
export function startPostgres(options?: {
  database?: string;
  log?: boolean;
  /** Server settings (`-c name=value`), e.g. { shared_buffers: '4GB' }. */
  settings?: Record<string, string>;
}): Promise<ThrowawayPostgres>;
