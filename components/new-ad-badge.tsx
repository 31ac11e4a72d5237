import { getTranslations } from "next-intl/server";

/**
 * The `NY` mark of an ad published within the last two Danish days (R3.4, R1.7): seen as
 * `NY` (`NEW` in English), heard by a screen reader as "ny annonce" ("new job ad").
 */
export async function NewAdBadge() {
  const t = await getTranslations("jobsearch");
  return (
    <span className="ml-2 inline-block rounded bg-primary px-2 py-0.5 align-middle text-sm font-bold text-white">
      <span aria-hidden="true">{t("newBadge")}</span>
      <span className="sr-only">{t("newBadgeSpoken")}</span>
    </span>
  );
}
