import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/pages";
import { toDateParts } from "@/lib/date-parts";
import { danishToday, isRealDay, sygdomDayBounds } from "@/lib/sygdom/days";
import { getSygdomStatus } from "@/lib/sygdom/queries";
import { SygdomDayForm } from "./day-form";
import { formatDay, SYGDOM_ADDRESS, sygdomErrorValues } from "./text";

/**
 * `/meld-syg` and `/meld-rask` (R4.2): the day form, starting from today (or the day chosen
 * before `Ret datoen`), its hint giving an example and the allowed days as dates. A citizen who is already sick is pointed from `Meld syg` to `Meld rask`,
 * and one who is not sick from `Meld rask` to `Meld syg`, in the page itself.
 */
export async function SygdomStart({
  locale,
  citizenId,
  kind,
  searchParams,
}: {
  locale: Locale;
  citizenId: string;
  kind: "syg" | "rask";
  searchParams: SearchParams;
}) {
  const [t, status] = await Promise.all([getTranslations("sygdom"), getSygdomStatus({ citizenId })]);
  if (kind === "syg" && status.sick) {
    return (
      <MessagePage heading={t("syg.already.title")} link={{ href: localizedPath(locale, SYGDOM_ADDRESS.rask), label: t("syg.already.link") }}>
        <title>{await documentTitle(locale, t("syg.already.title"))}</title>
        <p className="mb-6">{t("syg.already.text", { date: await formatDay(status.since) })}</p>
      </MessagePage>
    );
  }
  if (kind === "rask" && !status.sick) {
    return (
      <MessagePage heading={t("rask.notSick.title")} link={{ href: localizedPath(locale, SYGDOM_ADDRESS.syg), label: t("rask.notSick.link") }}>
        <title>{await documentTitle(locale, t("rask.notSick.title"))}</title>
        <p className="mb-6">{t("rask.notSick.text")}</p>
      </MessagePage>
    );
  }
  const today = danishToday();
  const chosen = toDateParts(typeof searchParams.dag === "string" && isRealDay(searchParams.dag) ? searchParams.dag : today);
  const example = toDateParts(today);
  const { earliest } = sygdomDayBounds(today);
  // A well day cannot be before the sick day: the hint gives the later of the two as the first allowed day.
  const first = status.sick && status.since > earliest ? status.since : earliest;
  const hintValues = {
    example: `${example.day} ${example.month} ${example.year}`,
    earliest: await formatDay(first),
    today: await formatDay(today),
    since: status.sick ? await formatDay(status.since) : "",
  };
  return (
    <div className="max-w-prose">
      <SygdomDayForm
        locale={locale}
        kind={kind}
        page={{
          documentTitle: await documentTitle(locale, t(`${kind}.title`)),
          heading: t(`${kind}.title`),
          intro: <p className="mb-6">{t(`${kind}.intro`)}</p>,
        }}
        text={{
          legend: t(`${kind}.legend`),
          hint: t(`${kind}.dayHint`, hintValues),
          labels: { day: t("dateParts.day"), month: t("dateParts.month"), year: t("dateParts.year") },
          next: t("next"),
          cancel: t("cancel"),
        }}
        start={chosen}
        today={today}
        messageValues={sygdomErrorValues(today)}
        cancelHref={localizedPath(locale, "/")}
      />
    </div>
  );
}
