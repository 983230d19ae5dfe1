import { ROLE_LABELS, type SignedInUser } from '@/lib/auth/roles';
import { signOut } from '@/lib/actions/auth';
import {
  ADMIN_ENTERPRISES_HREF,
  ADMIN_HREF,
  ADMIN_IMPORT_HREF,
  ADMIN_INITIATIVES_HREF,
  ADMIN_PROJECTS_HREF,
  ADMIN_USERS_HREF,
  TWO_FACTOR_HREF,
} from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';

/** The workspace's own navigation, below the public header. */
export function AdminNav({ user }: { user: SignedInUser }) {
  const links = [
    { href: ADMIN_HREF, label: '概览' },
    { href: ADMIN_PROJECTS_HREF, label: '项目' },
    { href: TWO_FACTOR_HREF, label: '两步验证' },
    ...(user.role === 'admin'
      ? [
          { href: ADMIN_INITIATIVES_HREF, label: '两年见效领域' },
          { href: ADMIN_ENTERPRISES_HREF, label: '企业英文名称' },
          { href: ADMIN_IMPORT_HREF, label: '批量导入' },
          { href: ADMIN_USERS_HREF, label: '账户' },
        ]
      : []),
  ];
  return (
    <nav aria-label="工作台导航" className="border-b border-rule bg-light-grey">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <ul className="flex flex-wrap gap-x-4">
          {links.map((link) => (
            <li key={link.href}>
              <AdminLink href={link.href}>{link.label}</AdminLink>
            </li>
          ))}
        </ul>
        <p className="ml-auto">
          {user.displayName}（{ROLE_LABELS[user.role]}）
        </p>
        <form action={signOut}>
          <button type="submit" className="text-brand underline">
            退出登录
          </button>
        </form>
      </div>
    </nav>
  );
}
