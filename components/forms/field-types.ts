/** Serializable description of one form field, so one client component renders every admin form. */
export type FieldOption = { value: string; label: string };

export type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'checkboxes' | 'hidden' | 'password';
  hint?: string;
  options?: FieldOption[];
  defaultValue?: string | string[];
  autoComplete?: string;
};
