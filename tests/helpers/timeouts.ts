// Password hashing (argon2id, 19 MiB) and loading the dataset take seconds when the machine is
// busy: these files set generous limits so that a slow machine does not fail a correct test.
export const SLOW_SETUP_MS = 60_000;
export const SLOW_TEST_MS = 30_000;
