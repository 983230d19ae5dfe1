import { createHash, randomBytes } from 'node:crypto';
import { Prisma, type PrismaClient } from '@prisma/client';
import { claimAttempt, releaseAttempt, secondFactorKey, type Claim } from '@/lib/auth/throttle';
import { base32Encode, generateSecret, matchingStep } from '@/lib/auth/totp';

/**
 * The second factor: a code from the official's authenticator app, or one of ten single-use
 * recovery codes. Every check goes through the throttle (key per user), like passwords.
 */
export const RECOVERY_CODE_COUNT = 10;

export type FactorResult =
  { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

function refused(claim: Exclude<Claim, { ok: true }>): FactorResult {
  return { ok: false, reason: 'throttled', retryAfterSeconds: claim.retryAfterSeconds };
}

/** Recovery codes are typed in any case, with or without the dash: compared as 10 upper-case letters/digits. */
function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}

/**
 * Accepts a code's step only if it is later than the last accepted one, in one statement: a code
 * seen over someone's shoulder (or sent twice) is refused within its 90-second window.
 */
async function acceptStep(prisma: PrismaClient, userId: number, step: number, enable: boolean): Promise<boolean> {
  const changed =
    await prisma.$executeRaw`UPDATE "User" SET "totpLastStep" = ${step}${enable ? Prisma.sql`, "totpEnabled" = TRUE` : Prisma.empty}
    WHERE "id" = ${userId} AND "totpSecret" IS NOT NULL AND "totpEnabled" = ${enable ? Prisma.sql`FALSE` : Prisma.sql`TRUE`} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return changed === 1;
}

async function spendRecoveryCode(prisma: PrismaClient, userId: number, input: string, now: Date): Promise<boolean> {
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(input), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}

type FactorState = { totpSecret: string | null; totpEnabled: boolean } | null;

/**
 * One attempt at a code: claimed from the user's throttle first (refused while throttled), then
 * `check` with the user's app secret; the claim is released only when the code was right.
 */
async function attempt(
  prisma: PrismaClient,
  userId: number,
  now: Date,
  check: (user: FactorState) => Promise<boolean>,
): Promise<FactorResult> {
  const keys = [secondFactorKey(userId)];
  const claim = await claimAttempt(prisma, keys, now.getTime());
  if (!claim.ok) return refused(claim);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabled: true } });
  if (!(await check(user))) return { ok: false, reason: 'invalid' };
  await releaseAttempt(prisma, keys);
  return { ok: true };
}

/** The sign-in's second step: an app code or an unused recovery code. */
export async function checkSecondFactor(
  prisma: PrismaClient,
  userId: number,
  input: string,
  now = new Date(),
): Promise<FactorResult> {
  return attempt(prisma, userId, now, async (user) => {
    if (!user?.totpEnabled || !user.totpSecret) return false;
    const code = input.trim();
    const step = matchingStep(user.totpSecret, code, now.getTime());
    return step !== null ? acceptStep(prisma, userId, step, false) : spendRecoveryCode(prisma, userId, code, now);
  });
}

/** The secret to show while enrolling: kept across reloads until confirmed; null once enrolled. */
export async function enrolmentSecret(prisma: PrismaClient, userId: number): Promise<string | null> {
  await prisma.user.updateMany({
    where: { id: userId, totpEnabled: false, totpSecret: null },
    data: { totpSecret: generateSecret() },
  });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabled: true },
  });
  return user.totpEnabled ? null : user.totpSecret;
}

/** Enrolment ends with a right code from the app; old recovery codes go (new ones are issued next). */
export async function confirmEnrolment(
  prisma: PrismaClient,
  userId: number,
  code: string,
  now = new Date(),
): Promise<FactorResult> {
  return attempt(prisma, userId, now, async (user) => {
    const step =
      user?.totpSecret && !user.totpEnabled ? matchingStep(user.totpSecret, code.trim(), now.getTime()) : null;
    if (step === null || !(await acceptStep(prisma, userId, step, true))) return false;
    await prisma.recoveryCode.deleteMany({ where: { userId } });
    return true;
  });
}

function newRecoveryCode(): string {
  const text = base32Encode(randomBytes(7)).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/**
 * Ten new codes, only when the user has none at all (after enrolment, or after asking for new
 * ones): one INSERT … WHERE NOT EXISTS, so two renders at once cannot both issue codes. The codes
 * are returned once, to be shown once; the table keeps their SHA-256.
 */
export async function issueRecoveryCodes(prisma: PrismaClient, userId: number): Promise<string[] | null> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const rows = Prisma.join(
    codes.map((code) => Prisma.sql`SELECT CAST(${userId} AS INTEGER), ${hashRecoveryCode(code)}`),
    ' UNION ALL ',
  );
  const inserted = await prisma.$executeRaw`INSERT INTO "RecoveryCode" ("userId", "codeHash")
    SELECT * FROM (${rows}) AS "issued" WHERE NOT EXISTS (SELECT 1 FROM "RecoveryCode" WHERE "userId" = ${userId})
      AND EXISTS (SELECT 1 FROM "User" WHERE "id" = ${userId} AND "totpEnabled" = TRUE)`;
  return inserted === RECOVERY_CODE_COUNT ? codes : null;
}

/** Asking for new codes: the old ones stop working now; the next page issues the new ones. */
export async function revokeRecoveryCodes(prisma: PrismaClient, userId: number): Promise<void> {
  await prisma.recoveryCode.deleteMany({ where: { userId } });
}
