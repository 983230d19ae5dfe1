/** One search box on every page: a plain GET form, so it works without JavaScript. */
export function HeaderSearch({ action, label, button }: { action: string; label: string; button: string }) {
  return (
    <form action={action} method="get" role="search" className="flex w-full max-w-sm">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={200}
        placeholder={label}
        className="min-w-0 flex-1 border-2 border-ink bg-white px-2 py-1 text-ink placeholder:text-muted"
      />
      <button type="submit" className="border-2 border-l-0 border-ink bg-[#00703c] px-3 py-1 font-bold text-white">
        {button}
      </button>
    </form>
  );
}
