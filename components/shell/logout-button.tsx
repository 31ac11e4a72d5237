"use client";

import { useActionState } from "react";
import { logOut } from "@/lib/auth/actions";
import { buttonStyles } from "../button";

/** Posts to the logout action; without JavaScript the form posts and the server redirects. */
export function LogoutButton({ locale, label }: { locale: string; label: string }) {
  const [, formAction, pending] = useActionState(logOut, { status: "idle" });
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {label}
      </button>
    </form>
  );
}
