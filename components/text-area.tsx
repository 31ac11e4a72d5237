import type { Ref, TextareaHTMLAttributes } from "react";
import { controlBorder, Field } from "./field";

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled text area whose hint and error are tied to it with aria-describedby. */
export function TextArea({ id, label, hint, error, ...props }: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={6}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`block w-full ${controlBorder(error)}`}
          {...props}
        />
      )}
    </Field>
  );
}
