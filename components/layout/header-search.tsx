import { pickMessages } from '@/lib/i18n/messages';
import { headerSearchMessages } from '@/lib/i18n/messages/header-search';
import type { Lang } from '@/lib/i18n/locales';

type Props = { action: string; label: string; button: string; lang: Lang };

/** One search box on every page: a plain GET form, so it works without JavaScript; box and button 44 px tall. */
export function HeaderSearch({ action, label, button, lang }: Props) {
  return (
    <form action={action} method="get" role="search" className="flex w-full sm:max-w-sm">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={200}
        placeholder={pickMessages(lang, headerSearchMessages).placeholder}
        className="min-h-11 min-w-0 flex-1 border-2 border-ink bg-white px-2 py-1 text-ink placeholder:text-muted"
      />
      <button
        type="submit"
        className="min-h-11 border-2 border-l-0 border-ink bg-button px-3 py-1 font-bold text-white"
      >
        {button}
      </button>
    </form>
  );
}
