/**
 * `npm run user:create -- --username NAME --role admin|editor|viewer [--display-name X] [--assign slug,slug]`
 * Asks for the password on the terminal (not echoed) or reads the first line of stdin when piped.
 * There is no default account and no default password: every account is made with this command.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { createPrismaClient } from '@/lib/prisma-client';

const argsSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,50}$/, 'user names are 2–50 letters, digits, . _ -'),
  role: z.enum(ROLES),
  'display-name': z.string().trim().min(1).max(50).optional(),
  assign: z.string().optional(),
});

function parseArgs(argv: string[]) {
  const named = Object.fromEntries(
    argv.flatMap((arg, i) => (arg.startsWith('--') ? [[arg.slice(2), argv[i + 1]]] : [])),
  );
  const parsed = argsSchema.safeParse(named);
  if (!parsed.success) {
    console.error(
      `usage: npm run user:create -- --username NAME --role admin|editor|viewer [--display-name X] [--assign slug,slug]\n${z.prettifyError(parsed.error)}`,
    );
    process.exit(2);
  }
  return parsed.data;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      muted = true;
      rl.question('', (answer) => {
        muted = false;
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const second = await ask('Repeat password: ');
  rl.close();
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const prisma = createPrismaClient();
  try {
    if (await prisma.user.findUnique({ where: { username: args.username } }))
      throw new Error(`user ${args.username} already exists`);
    const slugs = (args.assign ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const projects = await prisma.project.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true },
    });
    const missing = slugs.filter((slug) => !projects.some((p) => p.slug === slug));
    if (missing.length > 0) throw new Error(`no project with slug ${missing.join(', ')}`);
    const user = await prisma.user.create({
      data: {
        username: args.username,
        displayName: args['display-name'] ?? args.username,
        role: args.role,
        passwordHash: await hashPassword(password),
        assignments: { create: projects.map((p) => ({ projectId: p.id })) },
      },
    });
    console.log(`user:create: ${user.username} (${user.role})${slugs.length ? `, assigned ${slugs.join(', ')}` : ''}`);
    if (user.role === 'admin')
      console.log(
        'user:create: an admin enrols an authenticator app (two-factor) at the first sign-in, before the workspace opens',
      );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
