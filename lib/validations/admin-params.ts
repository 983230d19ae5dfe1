import { z } from 'zod';

/** ?saved=… after a redirect: known keys only, anything else shows nothing. */
export const SAVED_MESSAGES = {
  project: '项目已保存，公开页面已更新。',
  status: '状态已更新，公开页面已更新。',
  created: '项目已创建。',
  unchanged: '没有改动，未保存任何内容。',
  responsibility: '包挂责任人已保存。',
  milestone: '督查节点已保存。',
  problem: '梗阻问题已保存。',
  initiative: '领域已保存。',
  enterprise: '企业英文名称已保存，公开页面已更新。',
  imported: '导入已完成。',
  user: '账户已保存。',
} as const;

export const savedParamSchema = z.object({ saved: z.enum(Object.keys(SAVED_MESSAGES) as [keyof typeof SAVED_MESSAGES]).optional().catch(undefined) });

export function savedMessage(searchParams: Record<string, string | string[] | undefined>): string | null {
  const { saved } = savedParamSchema.parse(searchParams);
  return saved ? SAVED_MESSAGES[saved] : null;
}
