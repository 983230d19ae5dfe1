import Link from 'next/link';
import { ROLE_LABELS, type SignedInUser } from '@/lib/auth/roles';
import { signOut } from '@/lib/actions/auth';

/** The workspace's own navigation, below the public header. */
export function AdminNav({ user }: { user: SignedInUser }) {
  const links = [
    { href: '/admin', label: '概览' },
    { href: '/admin/projects', label: '项目' },
    { href: '/admin/two-factor', label: '两步验证' },
    ...(user.role === 'admin'
      ? [
          { href: '/admin/initiatives', label: '两年见效领域' },
          { href: '/admin/enterprises', label: '企业英文名称' },
          { href: '/admin/import', label: '批量导入' },
          { href: '/admin/users', label: '账户' },
        ]
      : []),
  ];
  return (
    <nav aria-label="工作台导航" className="border-b border-rule bg-[#f3f2f1]">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <ul className="flex flex-wrap gap-x-4">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand underline">
                {link.label}
              </Link>
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
