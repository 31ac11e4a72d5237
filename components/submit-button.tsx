"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { buttonStyles } from "./button";

/** A submit button that is disabled while its form is being sent, so a double click sends once. */
export function SubmitButton({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof buttonStyles }) {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending} aria-disabled={pending} className={`${buttonStyles[variant]} ${className}`} {...props} />;
}
