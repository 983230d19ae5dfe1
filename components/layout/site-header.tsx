import { HeaderSearch } from '@/components/layout/header-search';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { pickMessages } from '@/lib/i18n/messages';
import { layoutMessages } from '@/lib/i18n/messages/layout';
import type { I18n } from '@/lib/i18n/server';
import { NAV_SECTIONS, navCurrent } from '@/lib/navigation/sections';

export function SiteHeader({ i18n }: { i18n: I18n }) {
  const m = pickMessages(i18n.lang, layoutMessages);
  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2"
      >
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
          {NAV_SECTIONS.map((section) => (
            <li key={section.key}>
              <a
                href={i18n.href(section.href)}
                aria-current={navCurrent(section, i18n.path)}
                className="text-white underline-offset-4 hover:underline aria-[current]:font-bold aria-[current]:underline"
              >
                {m.nav[section.key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
