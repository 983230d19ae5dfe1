import Link from 'next/link';

const NAV = [
  { href: '/', label: '首页' },
  { href: '/sources', label: '来源' },
];

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2"
      >
        跳到正文
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:underline">
          长清区重点项目公开平台
        </Link>
        <nav aria-label="主导航">
          <ul className="flex flex-wrap gap-4">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
