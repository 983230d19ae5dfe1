/**
 * The officials' workspace's own words. The workspace is in Simplified Chinese only, so these are
 * plain strings rather than a MessageBundle; they are kept here, with the public pages' text, so
 * that each message is written once.
 */

/** ?saved=… after a redirect: known keys only, anything else shows nothing (admin-params.ts). */
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

export type SavedKey = keyof typeof SAVED_MESSAGES;

/** Someone else saved the record (the project or one of its records) since the form was opened: nothing written. */
export const STALE_RECORD =
  '保存失败：您打开此页面后，其他人已修改了这个项目。您的改动没有保存，也没有覆盖对方的修改。请复制您的输入，重新打开页面查看最新内容后再修改。';

/** The form came without the version it was opened at (an old or hand-made form): nothing written. */
export const STALE_FORM = '表单已过期，请重新打开编辑页面。';

/** The database is busy (see DatabaseBusy in lib/revisions/with-audit.ts): nothing written, the input kept. */
export const BUSY_MESSAGE =
  '保存失败：数据库正忙于另一项写入（例如一次导入），您的改动没有保存。请一分钟后再试，您填写的内容已保留。';
