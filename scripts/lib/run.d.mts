// Types of run.mjs for the TypeScript scripts (the project type-checks .ts only).
export const ROOT: string;
export const SERVER_COMMAND: string[];
export function run(command: string, args: string[], env?: Record<string, string>): Promise<void>;
export function handOver(command: string[], env?: Record<string, string>): void;
