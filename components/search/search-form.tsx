/**
 * The page's own search box: a plain GET form (a new search starts again at page 1, all groups).
 * Not a second role="search" landmark: the header's search box is that.
 */
export function SearchForm({
  action,
  query,
  label,
  hint,
  button,
}: {
  action: string;
  query: string;
  label: string;
  hint: string;
  button: string;
}) {
  return (
    <form action={action} method="get" className="mb-6 max-w-2xl">
      <label htmlFor="search-q" className="mb-1 block text-lg font-bold">
        {label}
      </label>
      <p id="search-q-hint" className="mb-2 text-muted">
        {hint}
      </p>
      <div className="flex">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          aria-describedby="search-q-hint"
          className="min-w-0 flex-1 border-2 border-ink bg-white px-2 py-2 text-lg text-ink"
        />
        <button type="submit" className="border-2 border-l-0 border-ink bg-button px-4 py-2 font-bold text-white">
          {button}
        </button>
      </div>
    </form>
  );
}
