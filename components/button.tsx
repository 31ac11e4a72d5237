import type { ButtonHTMLAttributes } from "react";

const base = "inline-flex min-h-11 items-center justify-center rounded px-5 py-2 text-base font-semibold no-underline transition-colors disabled:opacity-70";

export const buttonStyles = {
  primary: `${base} bg-primary text-white hover:bg-primary-dark`,
  secondary: `${base} border-2 border-primary bg-white text-primary hover:bg-surface`,
  danger: `${base} bg-error text-white hover:bg-[#8a0015]`,
  // MitID's rules: blue with white text, and the words "MitID" in the label.
  mitid: `${base} bg-mitid text-white hover:bg-mitid-dark`,
  link: "cursor-pointer bg-transparent p-0 text-primary underline underline-offset-2 hover:text-primary-dark",
} as const;

export function Button({
  variant = "primary",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof buttonStyles }) {
  return <button type={type} className={`${buttonStyles[variant]} ${className}`} {...props} />;
}
