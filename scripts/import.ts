/**
 * `npm run import -- FILE [--dry-run] [--reason TEXT] [--evidence TEXT]`: the admin page's bulk import
 * from the command line, on DATABASE_URL. Prints each error (row, column, message) or a summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { applyImport, ImportRefused } from '@/lib/writes/import-apply';
import type { ImportError } from '@/lib/import/columns';
import { planImport } from '@/lib/import/plan-import';
import { readImportFile } from '@/lib/import/read-table';
import { createPrismaClient } from '@/lib/prisma-client';

const argsSchema = z.object({
  file: z.string().min(1),
  dryRun: z.boolean(),
  reason: z.string().min(1).max(500),
  evidence: z.string().min(1).max(500),
});

function parseArgs(argv: string[]) {
  const file = argv.find((arg, i) => !arg.startsWith('--') && !['--reason', '--evidence'].includes(argv[i - 1] ?? ''));
  const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const base = file ? path.basename(file) : '';
  const parsed = argsSchema.safeParse({
    file,
    dryRun: argv.includes('--dry-run'),
    reason: value('--reason') ?? `批量导入 ${base}`,
    evidence: value('--evidence') ?? `导入文件 ${base}`,
  });
  if (!parsed.success) {
    console.error('usage: npm run import -- FILE [--dry-run] [--reason TEXT] [--evidence TEXT]');
    process.exit(2);
  }
  return parsed.data;
}

function printErrors(errors: ImportError[]) {
  for (const e of errors) console.error(`  第 ${e.row ?? '—'} 行${e.column ? `【${e.column}】` : ''}：${e.message}`);
  console.error(`import: ${errors.length} 处问题，未写入任何内容。`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const table = await readImportFile(new Uint8Array(readFileSync(args.file)));
  if (!table.ok) return (printErrors(table.errors), process.exit(1));
  const prisma = createPrismaClient();
  const started = Date.now();
  try {
    if (args.dryRun) {
      const plan = await planImport(prisma, table.rows);
      if (plan.errors.length > 0) return (printErrors(plan.errors), process.exit(1));
      console.log(
        `import (dry run, ${table.encoding}): ${table.rows.length} rows — would create ${plan.creates.length}, update ${plan.updates.length}, leave ${plan.unchanged} unchanged.`,
      );
      return;
    }
    const bar = new cliProgress.SingleBar(
      { format: 'import [{bar}] {value}/{total} rows written', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(table.rows.length, 0);
    const context = {
      actor: { role: 'import' as const, id: null, name: '命令行导入' },
      reason: args.reason,
      sourceRef: args.evidence,
    };
    const summary = await applyImport(prisma, table.rows, context, (done, total) => {
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `import: ${table.rows.length} rows in ${seconds} s — created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}.`,
    );
  } catch (error) {
    if (error instanceof ImportRefused) return (printErrors(error.rows), process.exit(1));
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

/** The last line of the message: Prisma's first lines repeat the call, the last says what failed. */
function plainMessage(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.at(-1) ?? '未知错误';
}

// A plain line, never a stack trace: whoever runs the import needs what failed, not where in the code.
main().catch((error: unknown) => {
  console.error(`import: 导入失败：${plainMessage(error)}`);
  process.exit(1);
});
