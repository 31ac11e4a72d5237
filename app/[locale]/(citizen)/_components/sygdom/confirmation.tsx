import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { MessagePage } from "@/components/message-page";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import type { CitizenSession } from "@/lib/auth/session";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/pages";
import { confirmSygdomReport } from "@/lib/sygdom/actions";
import { danishToday, isRealDay, sygdomDayError } from "@/lib/sygdom/days";
import { getSygdomReportBySubmissionKey, getSygdomStatus, mayGetDagpenge } from "@/lib/sygdom/queries";
import { refusalFor } from "@/lib/sygdom/state";
import { FocusedMessage } from "./focused-message";
import { formatDay, SYGDOM_ADDRESS, sygdomErrorValues } from "./text";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The confirmation page of `Meld syg`/`Meld rask` (R4.2: the report takes effect only after the
 * citizen confirms). It says what `Bekræft` will do, and holds the day in hidden fields with the
 * submission key from its address, so `Bekræft` makes one report however often this page is
 * sent, reloaded or returned to with Back; once it has, the page says so and links to the
 * receipt. `Ret datoen` and `Fortryd` leave without any change. A day that is not allowed (a
 * changed address, or a page left open over midnight) is refused with 400, a report that
 * cannot follow the citizen's status (reported from another tab) with 409, each said in the
 * page with the way on — also where `Bekræft` was refused, which comes back here.
 */
export async function SygdomConfirmation({
  locale,
  citizen,
  kind,
  searchParams,
}: {
  locale: Locale;
  citizen: CitizenSession;
  kind: "syg" | "rask";
  searchParams: SearchParams;
}) {
  const t = await getTranslations("sygdom");
  const form = localizedPath(locale, SYGDOM_ADDRESS[kind]);
  const today = danishToday();
  const dag = typeof searchParams.dag === "string" ? searchParams.dag : "";
  // The key comes with the address (made by `Næste`), so a reload or Back shows the same page with the same key.
  const key = typeof searchParams.noegle === "string" && UUID.test(searchParams.noegle) ? searchParams.noegle.toLowerCase() : randomUUID();
  const made = await getSygdomReportBySubmissionKey({ citizenId: citizen.citizenId, submissionKey: key });
  if (made && made.kind === kind && made.fromDay === dag) {
    // `Bekræft` was pressed on this page already: the report stands, and sending it again would give the same receipt.
    return (
      <MessagePage
        heading={t(`confirm.done.${kind}Title`)}
        link={{ href: `${localizedPath(locale, `${SYGDOM_ADDRESS[kind]}/kvittering`)}?reference=${made.reference}`, label: t("confirm.done.link") }}
      >
        <title>{await documentTitle(locale, t(`confirm.done.${kind}Title`))}</title>
        <p className="mb-6">{t("confirm.done.text", { date: await formatDay(made.fromDay) })}</p>
      </MessagePage>
    );
  }
  const dayError = isRealDay(dag) ? sygdomDayError(dag, today) : "dateInvalid";
  if (dayError) {
    setResponseStatus(400);
    return (
      <MessagePage heading={t("confirm.badDay.title")} link={{ href: form, label: t("confirm.badDay.link") }}>
        <title>{await documentTitle(locale, t("confirm.badDay.title"))}</title>
        <FocusedMessage>{t(`errors.${dayError}`, sygdomErrorValues(today))}</FocusedMessage>
      </MessagePage>
    );
  }
  const fromDay = dag;
  const [status, dagpenge] = await Promise.all([getSygdomStatus({ citizenId: citizen.citizenId }), mayGetDagpenge({ citizenId: citizen.citizenId })]);
  const refusal = refusalFor(status, { kind, fromDay });
  if (refusal) {
    setResponseStatus(409);
    const way =
      refusal === "alreadySick"
        ? { href: localizedPath(locale, SYGDOM_ADDRESS.rask), label: t("syg.already.link") }
        : refusal === "notSick"
          ? { href: localizedPath(locale, SYGDOM_ADDRESS.syg), label: t("rask.notSick.link") }
          : { href: `${form}?dag=${fromDay}`, label: t("confirm.change") };
    return (
      <MessagePage heading={t(`${kind}.title`)} link={way}>
        <title>{await documentTitle(locale, t(`${kind}.title`))}</title>
        <FocusedMessage>{t(`errors.${refusal}`)}</FocusedMessage>
      </MessagePage>
    );
  }
  const date = await formatDay(fromDay);
  const since = status.sick ? await formatDay(status.since) : "";
  const heading = t(`confirm.${kind}Title`);
  const consequences =
    kind === "syg"
      ? [t("confirm.syg.registered", { date }), t("confirm.syg.jobcenter"), t("confirm.syg.appointments"), t("confirm.syg.remember")]
      : [t("confirm.rask.registered", { date, since }), t("confirm.rask.jobcenter"), t("confirm.rask.resumed")];
  return (
    <div className="max-w-prose">
      <title>{await documentTitle(locale, heading)}</title>
      <h1 className="mb-6">{heading}</h1>
      <p className="mb-6 text-lg">{t(`confirm.${kind}Summary`, { date })}</p>
      <Section headingId="what-happens-heading" heading={t("confirm.whatHappens")} className="mb-6">
        <ul className="mb-4 list-disc pl-6">
          {consequences.map((consequence) => (
            <li key={consequence} className="mb-1">
              {consequence}
            </li>
          ))}
        </ul>
      </Section>
      {dagpenge && <p className="mb-6 border-l-4 border-primary bg-surface p-4">{t(kind === "syg" ? "confirm.akasseSyg" : "confirm.akasseRask")}</p>}
      <p className="mb-6">{t("confirm.nothingYet", { kind: t(`confirm.nothingYetKind.${kind}`) })}</p>
      <ActionForm action={confirmSygdomReport} fields={{ locale, kind, fromDay, submissionKey: key }}>
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton>{t("confirm.submit")}</SubmitButton>
          <a href={`${form}?dag=${fromDay}`} className={buttonStyles.secondary}>
            {t("confirm.change")}
          </a>
          <a href={localizedPath(locale, "/")} className={buttonStyles.secondary}>
            {t("cancel")}
          </a>
        </div>
      </ActionForm>
    </div>
  );
}
