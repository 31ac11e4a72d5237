import { useTranslations } from "next-intl";

export const MAIN_CONTENT_ID = "indhold";

export function SkipLink() {
  const t = useTranslations("shell");
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only bg-focus px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
    >
      {t("skipLink")}
    </a>
  );
}
