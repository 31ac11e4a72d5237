"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/button";
import { localizedPath } from "@/lib/i18n/routing";

/** Shown when a page fails unexpectedly. The server has logged the error under the digest shown here. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
