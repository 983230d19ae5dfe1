/** `lang`: for a label in another language than the page's (a Chinese chain name on an English page). */
type Option = { value: string; label: string; lang?: string };

/**
 * A labelled select for GET filter forms; the empty option means “any”. At least 44 px tall and never wider than its
 * column.
 */
export function SelectField(props: {
  name: string;
  label: string;
  options: Option[];
  value: string | undefined;
  anyLabel?: string;
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-bold">
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        defaultValue={props.value ?? ''}
        className="min-h-11 w-full min-w-0 border-2 border-ink bg-white px-2 py-1"
      >
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
