import { Prisma, type PrismaClient } from '@prisma/client';

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON): the fields the plan tests read. */
export type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  /** With ANALYZE: how many times the node ran (0: never). */
  'Actual Loops'?: number;
  Plans?: PlanNode[];
};

/** The node and every node below it, depth first. */
export const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

/**
 * The plan PostgreSQL chooses for a statement, with its parameters, as its root node. With
 * `analyze` the statement also runs, and each node says how many times it ran.
 */
export async function explainPostgres(
  client: Pick<PrismaClient, '$queryRaw'>,
  statement: Prisma.Sql,
  { analyze = false } = {},
): Promise<PlanNode> {
  const options = Prisma.raw(analyze ? 'ANALYZE, FORMAT JSON' : 'FORMAT JSON');
  const [row] = await client.$queryRaw<{ 'QUERY PLAN': unknown }[]>(Prisma.sql`EXPLAIN (${options}) ${statement}`);
  const json = row['QUERY PLAN'];
  const [{ Plan }] = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: PlanNode }[];
  return Plan;
}
