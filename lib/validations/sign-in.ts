import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(100, '请输入用户名'),
  password: z.string().min(1, '请输入密码').max(1_000, '请输入密码'),
});

export const secondFactorSchema = z.object({
  code: z.string().trim().min(1, '请输入验证码或恢复码').max(50, '验证码是 6 位数字，恢复码是 10 个字母或数字'),
});

// The same words for an unknown name and a wrong password: the page never says which.
export const INVALID_SIGN_IN = '用户名或密码不正确。';
export const INVALID_CODE = '验证码不正确或已使用过。';
export const TOO_LARGE = '提交的内容太大，无法处理。请只填写用户名和密码，再登录一次。';

/** "Try again in 8 seconds / 3 minutes": the wait the throttle asks for, in plain words. */
export function waitMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} 秒` : `${Math.ceil(retryAfterSeconds / 60)} 分钟`;
  return `登录尝试失败次数过多，请 ${wait}后再试。`;
}
