import type { Ref, SelectHTMLAttributes } from "react";
import { controlBorder, Field } from "./field";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled drop-down whose hint and error are tied to it with aria-describedby. */
export function SelectField({ id, label, hint, error, options, ...selectProps }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`block w-full max-w-sm bg-white ${controlBorder(error)}`}
          {...selectProps}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
