import type { FieldSpec } from '@/components/forms/field-types';

const INPUT = 'block w-full max-w-xl border-2 border-ink px-2 py-1';

/** One GOV.UK form group: label, hint, error next to the field, the input with its kept value. */
export function FormField({
  formId,
  field,
  value,
  error,
}: {
  formId: string;
  field: FieldSpec;
  value: string | string[] | undefined;
  error?: string;
}) {
  const id = `${formId}-${field.name}`;
  const text = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  if (field.type === 'hidden') return <input type="hidden" name={field.name} value={text} />;
  const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const hint = field.hint && (
    <p id={`${id}-hint`} className="text-muted">
      {field.hint}
    </p>
  );
  const message = error && (
    <p id={`${id}-error`} className="font-bold text-error">
      <span className="sr-only">错误：</span>
      {error}
    </p>
  );
  const groupClass = `mb-5 ${error ? 'border-l-4 border-error pl-3' : ''}`;

  if (field.type === 'checkbox') {
    return (
      <div className={groupClass}>
        {message}
        <label className="flex items-start gap-2">
          <input
            id={id}
            type="checkbox"
            name={field.name}
            defaultChecked={text === 'on'}
            aria-describedby={describedBy}
            className="mt-1 size-5"
          />
          <span>{field.label}</span>
        </label>
        {hint}
      </div>
    );
  }
  if (field.type === 'checkboxes') {
    const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
    return (
      <fieldset className={groupClass} aria-describedby={describedBy}>
        <legend id={id} className="font-bold">
          {field.label}
        </legend>
        {hint}
        {message}
        {(field.options ?? []).map((option, index) => (
          <label key={option.value} className="mt-1 flex items-start gap-2">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              name={field.name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              className="mt-1 size-5"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: INPUT,
  };
  return (
    <div className={groupClass}>
      <label htmlFor={id} className="block font-bold">
        {field.label}
      </label>
      {hint}
      {message}
      {field.type === 'textarea' ? (
        <textarea {...common} rows={4} defaultValue={text} />
      ) : field.type === 'select' ? (
        <select {...common} defaultValue={text}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'number' ? 'text' : field.type}
          inputMode={field.type === 'number' ? 'numeric' : undefined}
          autoComplete={field.autoComplete}
          defaultValue={text}
        />
      )}
    </div>
  );
}
