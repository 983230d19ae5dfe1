// Types of build.mjs for the TypeScript scripts (the project type-checks .ts only).
export function buildIfStale(): Promise<void>;
