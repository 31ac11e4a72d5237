"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { keepSessionAlive, logOut } from "@/lib/login/actions";
import { ActionForm } from "../action-form";
import { Button } from "../button";
import { SubmitButton } from "../submit-button";

const IDLE_MS = 30 * 60 * 1000;
const WARN_BEFORE_MS = 5 * 60 * 1000;

/**
 * WCAG 2.2.1: a logged-in citizen is warned five minutes before the idle timeout and can
 * stay logged in with one press. After the timeout the dialog says they were logged out.
 * `idleSince` (milliseconds since the epoch) is when the server last renewed the session, so
 * the warning keeps the server's time even when the page hydrates late.
 */
export function SessionTimeoutWarning({
  idleSince,
  locale,
  frontPage,
  logoutLabel,
}: {
  idleSince: number;
  locale: string;
  frontPage: string;
  logoutLabel: string;
}) {
  const t = useTranslations("sessionTimeout");
  const dialog = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<"active" | "warning" | "expired">("active");
  const [lastActivity, setLastActivity] = useState(idleSince);

  useEffect(() => {
    const warn = setTimeout(() => setPhase("warning"), IDLE_MS - WARN_BEFORE_MS - (Date.now() - lastActivity));
    const expire = setTimeout(() => setPhase("expired"), IDLE_MS - (Date.now() - lastActivity));
    return () => {
      clearTimeout(warn);
      clearTimeout(expire);
    };
  }, [lastActivity]);

  useEffect(() => {
    if (phase === "active") dialog.current?.close();
    else if (!dialog.current?.open) dialog.current?.showModal();
  }, [phase]);

  async function stay() {
    const result = await keepSessionAlive(null, new FormData());
    if (result.status === "ok") {
      setLastActivity(Date.now());
      setPhase("active");
    } else {
      setPhase("expired");
    }
  }

  return (
    <dialog ref={dialog} aria-labelledby="session-timeout-title" className="m-auto max-w-md rounded border-2 border-ink p-6 backdrop:bg-black/50">
      <h2 id="session-timeout-title" className="mb-4 text-xl">
        {phase === "expired" ? t("expiredTitle") : t("title")}
      </h2>
      {phase === "expired" ? (
        <>
          <p className="mb-6">{t("expiredText")}</p>
          <a href={frontPage}>{t("loginAgain")}</a>
        </>
      ) : (
        <>
          <p className="mb-6">{t("text")}</p>
          <div className="flex flex-wrap items-center gap-4">
            {/* Safe: the warning is a modal dialog the citizen must answer; focus goes to its first action (WAI-ARIA dialog pattern). */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- see above */}
            <Button type="button" onClick={stay} autoFocus>
              {t("stay")}
            </Button>
            <ActionForm action={logOut} fields={{ locale }}>
              <SubmitButton variant="secondary">{logoutLabel}</SubmitButton>
            </ActionForm>
          </div>
        </>
      )}
    </dialog>
  );
}
