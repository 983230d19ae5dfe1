import { HeaderSearch } from '@/components/layout/header-search';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import type { I18n } from '@/lib/i18n/server';

/** The section of the navigation that the current page belongs to (its path starts with the item's). */
function isCurrentSection(href: string, path: string): boolean {
  const pathname = path.split('?')[0];
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteHeader({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, layoutMessages);
  const nav = [
    { href: '/', label: m.nav.home },
    { href: '/projects', label: m.nav.projects },
    { href: '/work-line', label: m.nav.workLine },
    { href: '/areas', label: m.nav.areas },
    { href: '/data', label: m.nav.data },
    { href: '/changes', label: m.nav.changes },
    { href: '/sources', label: m.nav.sources },
  ];
  return (
    <header className="bg-brand text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2">
        {m.skipToContent}
      </a>
      <LanguageSwitch i18n={i18n} label={m.languages} />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <a href={i18n.href('/')} className="text-lg font-bold text-white no-underline hover:underline">
          {m.portalName}
        </a>
        <HeaderSearch action={i18n.href('/search')} label={m.search.label} button={m.search.button} lang={i18n.lang} />
      </div>
      <nav aria-label={m.mainNav} className="border-t border-white/30">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2">
          {nav.map((item) => (
            <li key={item.href}>
              <a
                href={i18n.href(item.href)}
                aria-current={isCurrentSection(item.href, i18n.path) ? 'page' : undefined}
                className="text-white underline-offset-4 hover:underline aria-[current=page]:font-bold aria-[current=page]:underline"
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
