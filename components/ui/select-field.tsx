type Option = { value: string; label: string };

/** A labelled select for GET filter forms; the empty option means “any”. */
export function SelectField(props: { name: string; label: string; options: Option[]; value: string | undefined; anyLabel?: string }) {
  const id = `filter-${props.name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-bold">
        {props.label}
      </label>
      <select id={id} name={props.name} defaultValue={props.value ?? ''} className="border-2 border-ink bg-white px-2 py-1">
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
