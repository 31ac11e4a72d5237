import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { MessagePage } from "@/components/message-page";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import type { CitizenSession } from "@/lib/auth/session";
import { listContactPersons } from "@/lib/contacts/queries";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/pages";
import { confirmSygdomReport } from "@/lib/sygdom/actions";
import { getSygdomStatus } from "@/lib/sygdom/queries";
import { sygdomDaySchema } from "@/lib/sygdom/schema";
import { refusalFor } from "@/lib/sygdom/state";
import { formatDay, SYGDOM_ADDRESS } from "./text";

/**
 * The confirmation page of `Meld syg`/`Meld rask` (R4.2: the report takes effect only after the
 * citizen confirms). It says exactly what `Bekræft` will do, and holds the day in hidden fields
 * with a submission key made for this page, so `Bekræft` makes one report however often it is
 * pressed. `Ret datoen` and `Fortryd` leave without any change. A day that is not a valid one
 * (a changed address) is refused with 400, a report that cannot follow the citizen's status
 * with 409, each said in the page.
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
  const parsed = sygdomDaySchema.safeParse({ kind, fromDay: typeof searchParams.dag === "string" ? searchParams.dag : "" });
  if (!parsed.success) {
    setResponseStatus(400);
    return (
      <MessagePage heading={t("confirm.badDay.title")} link={{ href: form, label: t("confirm.badDay.link") }}>
        <title>{await documentTitle(locale, t("confirm.badDay.title"))}</title>
        <p className="mb-6">{t(`errors.${parsed.error.issues[0].message}` as "errors.invalid")}</p>
      </MessagePage>
    );
  }
  const { fromDay } = parsed.data;
  const [status, contacts] = await Promise.all([
    getSygdomStatus({ citizenId: citizen.citizenId }),
    listContactPersons({ citizenId: citizen.citizenId, viewer: { kind: "citizen", id: citizen.citizenId } }),
  ]);
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
        <p className="mb-6">{t(`errors.${refusal}`)}</p>
      </MessagePage>
    );
  }
  const date = await formatDay(fromDay);
  const since = status.sick ? await formatDay(status.since) : "";
  const heading = t(`confirm.${kind}Title`);
  // A dagpengemodtager, or anyone with an a-kasse among their contact persons, must tell it too.
  const hasAkasse = citizen.contactGroup === "dagpengemodtager" || contacts.some((contact) => contact.role === "akasse");
  const consequences =
    kind === "syg"
      ? [t("confirm.syg.registered", { date }), t("confirm.syg.paused"), t("confirm.syg.caseworker"), t("confirm.syg.remember")]
      : [t("confirm.rask.registered", { date, since }), t("confirm.rask.resumed"), t("confirm.rask.caseworker")];
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
      {hasAkasse && <p className="mb-6 border-l-4 border-primary bg-surface p-4">{t(kind === "syg" ? "confirm.akasseSyg" : "confirm.akasseRask")}</p>}
      <p className="mb-6">{t("confirm.nothingYet", { kind: t(`confirm.nothingYetKind.${kind}`) })}</p>
      <ActionForm action={confirmSygdomReport} fields={{ locale, kind, fromDay, submissionKey: randomUUID() }}>
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
