// Types of chromium.mjs for the TypeScript scripts (the project type-checks .ts only).
export function ensureChromium(): string;
