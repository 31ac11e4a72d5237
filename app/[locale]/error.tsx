"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
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

function UnexpectedError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  const heading = useFocusedHeading();
  return (
    <>
      <title>{`${t("title")} – Jobnet`}</title>
      <h1 ref={heading} tabIndex={-1} className="mb-6">
        {t("title")}
      </h1>
      <p className="mb-4 max-w-prose">{t("text")}</p>
      {error.digest && <p className="mb-6 text-muted">{t("reference", { id: error.digest })}</p>}
      <div className="flex flex-wrap items-center gap-6">
        <Button type="button" onClick={reset}>
          {t("tryAgain")}
        </Button>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </div>
    </>
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
  const heading = useFocusedHeading();
  return (
    <>
      <title>{`${t("title")} – Jobnet`}</title>
      <h1 ref={heading} tabIndex={-1} className="mb-6">
        {t("title")}
      </h1>
      <p className="mb-4 max-w-prose">{t("text")}</p>
      <p className="mb-6 text-muted">{t("reference", { id: errorId })}</p>
      <a className={buttonStyles.primary} href={search ? `${pathname}?${search}` : pathname}>
        {t("tryAgain")}
      </a>
    </>
  );
}
