import type { Metadata } from 'next';
import { Disclosure } from '@/components/admin/disclosure';
import { SuccessBanner } from '@/components/admin/success-banner';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { saveUserAccess } from '@/lib/actions/users';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS, isRole, ROLE_LABELS } from '@/lib/auth/roles';
import { fetchProjectChoices, fetchUsers } from '@/lib/data/admin-users';
import { savedMessage } from '@/lib/validations/admin-params';
import type { WithSearchParams } from '@/lib/validations/params';

export const metadata: Metadata = { title: '账户' };

export default async function UsersPage({ searchParams }: WithSearchParams) {
  await requireUser(ADMINS);
  const [users, projects] = await Promise.all([fetchUsers(), fetchProjectChoices()]);
  const nameOf = new Map(projects.map((p) => [p.id, p.name]));
  return (
    <PageContainer>
      <SuccessBanner message={savedMessage(await searchParams)} />
      <h1 className="mb-2 text-3xl font-bold">账户</h1>
      <p className="mb-6 max-w-2xl">
        新账户用命令 <code>npm run user:create</code> 开设（没有默认账户和默认密码）。编辑只能修改分配给自己的项目。
      </p>
      <ul className="space-y-4">
        {users.map((user) => (
          <li key={user.id} className="border-l-4 border-rule pl-3" data-user={user.username}>
            <h2 className="font-bold">
              {user.displayName}（{user.username}，{isRole(user.role) ? ROLE_LABELS[user.role] : user.role}）
              {user.disabled && '：已停用'}
              {user.signInWaiting && '：登录失败过多，正在限速'}
              {!user.totpEnabled && '：未开启两步验证'}
            </h2>
            {user.role === 'editor' && (
              <p>负责的项目：{user.assignments.map((a) => nameOf.get(a.projectId)).join('、') || '无'}</p>
            )}
            <Disclosure label="修改账户" hidden={user.username}>
              <ActionForm
                id={`user-${user.id}`}
                action={saveUserAccess.bind(null, user.id)}
                submitLabel="保存账户"
                fields={[
                  {
                    name: 'disabled',
                    label: '停用此账户（立即退出登录）',
                    type: 'checkbox',
                    defaultValue: user.disabled ? 'on' : '',
                  },
                  { name: 'unlock', label: '解除登录限速', type: 'checkbox' },
                  ...(user.totpEnabled
                    ? [
                        {
                          name: 'resetTwoFactor',
                          label: '重置两步验证（手机和恢复码都已遗失时；立即退出登录，下次登录时重新设置）',
                          type: 'checkbox' as const,
                        },
                      ]
                    : []),
                  ...(user.role === 'editor'
                    ? [
                        {
                          name: 'projects',
                          label: '负责的项目',
                          type: 'checkboxes' as const,
                          options: projects.map((p) => ({ value: String(p.id), label: p.name })),
                          defaultValue: user.assignments.map((a) => String(a.projectId)),
                        },
                      ]
                    : []),
                ]}
              />
            </Disclosure>
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
