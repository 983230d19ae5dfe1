import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(100, '请输入用户名'),
  password: z.string().min(1, '请输入密码').max(1_000, '请输入密码'),
});
