import { LANG_NAMES, LANGS, localePath } from '@/lib/i18n/locales';
import type { I18n } from '@/lib/i18n/server';

/** Links to this same page and query in each language; plain links, so it works without JavaScript. */
export function LanguageSwitch({ i18n, label }: { i18n: I18n; label: string }) {
  return (
    <nav aria-label={label} className="bg-brand-dark">
      <ul className="mx-auto flex max-w-5xl justify-end gap-4 px-4 py-1 text-sm">
        {LANGS.map((lang) => (
          <li key={lang}>
            {lang === i18n.lang ? (
              <span aria-current="true" className="font-bold">
                {LANG_NAMES[lang]}
              </span>
            ) : (
              <a href={localePath(lang, i18n.path)} lang={lang} hrefLang={lang} className="text-white underline">
                {LANG_NAMES[lang]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
