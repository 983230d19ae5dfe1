import { createHash } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';

/**
 * Files between the dry run and the apply, kept in the database (table PendingImport) so that
 * any server behind the same database can apply them: the apply form posts only the digest,
 * and only the official who uploaded a file can apply it. Kept for an hour; each new upload
 * clears every expired one, and each official keeps at most a few at a time.
 */
export const PENDING_IMPORT_TTL_MS = 60 * 60 * 1000;
const PER_USER = 5;

export type PendingUpload = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Keeps the file for its uploader and answers its digest (the same file again is one entry). */
export async function storePendingUpload(
  db: PrismaClient,
  userId: number,
  upload: PendingUpload,
  now = new Date(),
): Promise<string> {
  const digest = sha256(upload.bytes);
  const fields = {
    fileName: upload.fileName,
    content: upload.bytes,
    createdAt: now,
    expiresAt: new Date(now.getTime() + PENDING_IMPORT_TTL_MS),
  };
  await db.$transaction([
    db.pendingImport.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.pendingImport.upsert({
      where: { userId_digest: { userId, digest } },
      create: { userId, digest, ...fields },
      update: fields,
    }),
  ]);
  const older = await db.pendingImport.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    skip: PER_USER,
    select: { digest: true },
  });
  if (older.length > 0)
    await db.pendingImport.deleteMany({ where: { userId, digest: { in: older.map((p) => p.digest) } } });
  return digest;
}

/** The uploader's file by its digest, or null when it is someone else's, expired or gone. */
export async function findPendingUpload(
  db: PrismaClient,
  userId: number,
  digest: string,
  now = new Date(),
): Promise<PendingUpload | null> {
  const found = await db.pendingImport.findUnique({
    where: { userId_digest: { userId, digest } },
    select: { fileName: true, content: true, expiresAt: true },
  });
  if (!found || found.expiresAt <= now) return null;
  return { fileName: found.fileName, bytes: new Uint8Array(found.content) };
}

export async function dropPendingUpload(db: PrismaClient, userId: number, digest: string): Promise<void> {
  await db.pendingImport.deleteMany({ where: { userId, digest } });
}
