import { Prisma, type PrismaClient } from '@prisma/client';

/**
 * A client whose $queryRaw runs as usual and also keeps every statement, so that a test can ask
 * SQLite how it would run each one (EXPLAIN QUERY PLAN) with the same parameters.
 */
export function recordingClient(prisma: PrismaClient) {
  const statements: Prisma.Sql[] = [];
  const client = {
    $queryRaw: (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      // A tagged template arrives as its strings (an array) and values; a built statement as itself.
      const sql = Array.isArray(query) ? Prisma.sql(query as TemplateStringsArray, ...values) : (query as Prisma.Sql);
      statements.push(sql);
      return prisma.$queryRaw(sql);
    },
  } as Pick<PrismaClient, '$queryRaw'>;
  return { client, statements };
}

/** The plan of one statement, one step per line as EXPLAIN QUERY PLAN words it. */
export async function queryPlan(prisma: PrismaClient, statement: Prisma.Sql): Promise<string[]> {
  const steps = await prisma.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${statement.sql}`,
    ...statement.values,
  );
  return steps.map((step) => step.detail);
}
