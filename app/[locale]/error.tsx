"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { Button, buttonStyles } from "@/components/button";
import { errorIdOfDatabaseUnavailableDigest } from "@/lib/database-unavailable";
import { localizedPath } from "@/lib/i18n/routing";

/** Shown when a page fails unexpectedly. The server has logged the error under the digest shown here. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailableId = errorIdOfDatabaseUnavailableDigest(error.digest);
  if (unavailableId) return <DatabaseUnavailable errorId={unavailableId} />;
  return <UnexpectedError error={error} reset={reset} />;
}

function useFocusedHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

/** The frame both kinds of failure share: the title, a heading that takes focus, what happened and its error id. */
function ErrorFrame({ title, text, reference, children }: { title: string; text: string; reference: string | null; children: ReactNode }) {
  const heading = useFocusedHeading();
  return (
    <>
      <title>{`${title} – Jobnet`}</title>
      <h1 ref={heading} tabIndex={-1} className="mb-6">
        {title}
      </h1>
      <p className="mb-4 max-w-prose">{text}</p>
      {reference && <p className="mb-6 text-muted">{reference}</p>}
      {children}
    </>
  );
}

function UnexpectedError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  return (
    <ErrorFrame title={t("title")} text={t("text")} reference={error.digest ? t("reference", { id: error.digest }) : null}>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="button" onClick={reset}>
          {t("tryAgain")}
        </Button>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </div>
    </ErrorFrame>
  );
}

/**
 * The page's data could not be fetched because the database could not be reached: the same
 * text as the 503 page the proxy answers with, and a link that loads the same address again
 * (a full request, which also works without JavaScript).
 */
function DatabaseUnavailable({ errorId }: { errorId: string }) {
  const t = useTranslations("databaseUnavailable");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <ErrorFrame title={t("title")} text={t("text")} reference={t("reference", { id: errorId })}>
      <a className={buttonStyles.primary} href={search ? `${pathname}?${search}` : pathname}>
        {t("tryAgain")}
      </a>
    </ErrorFrame>
  );
}
