import { getLocale, getTranslations } from "next-intl/server";
import { toE164 } from "@/lib/contacts/phone";
import { localizedPath } from "@/lib/i18n/routing";

/**
 * How to reach Jobnetsupporten: the phone number (a `tel:` link), the opening hours, and the
 * special support request (R1.8) for when both the jobcenter and support are closed. The
 * number and hours are facts in the message files, so both languages say the same.
 */
export async function SupportContact({ headingLevel }: { headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("jobnetSupport"), getLocale()]);
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  return (
    <div>
      {Heading && <Heading className="mb-3 text-xl">{t("heading")}</Heading>}
      <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("phoneLabel")}</dt>
        <dd>
          <a href={`tel:${toE164(t("phone"))}`}>{t("phone")}</a>
        </dd>
        <dt className="font-semibold">{t("hoursLabel")}</dt>
        <dd>{t("hours")}</dd>
      </dl>
      <p>
        {t("closedText")} <a href={localizedPath(locale, "/supporthenvendelse")}>{t("requestLink")}</a>
      </p>
    </div>
  );
}
