import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatPhone } from "@/lib/contacts/phone";
import { akasseName } from "@/lib/tilmelding/akasser";

/** The rows a registration shows, and the step each row is changed on. */
const ROWS = [
  { id: "firstDay", step: "firstDay" },
  { id: "akasse", step: "akasse" },
  { id: "phone", step: "contact" },
  { id: "email", step: "contact" },
] as const;

/** A registration's answers as far as they are given: for `Tjek dine svar`, the receipt and the caseworker. */
export interface TilmeldingAnswersValues {
  firstDay: string | null;
  akasseMember: boolean | null;
  akasse: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * A registration as a description list (GOV.UK's summary list): first day of unemployment,
 * a-kasse, phone and e-mail, or `Ikke besvaret` for a step not answered. `action(row, step)`
 * adds something after an answer (the summary's `Ret` link).
 */
export async function TilmeldingAnswers({
  values,
  locale,
  action,
}: {
  values: TilmeldingAnswersValues;
  locale: string;
  action?: (row: (typeof ROWS)[number]["id"], step: (typeof ROWS)[number]["step"]) => ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "tilmelding.answers" }), getFormatter({ locale })]);
  const contactGiven = values.phone !== null || values.email !== null;
  const shown: Record<(typeof ROWS)[number]["id"], ReactNode | null> = {
    // A calendar day: noon UTC is the same day in Denmark.
    firstDay: values.firstDay && format.dateTime(new Date(`${values.firstDay}T12:00:00Z`), { dateStyle: "long" }),
    akasse:
      values.akasseMember === false ? (
        t("notMember")
      ) : values.akasseMember && values.akasse ? (
        <span lang={locale === "da" ? undefined : "da"}>{akasseName(values.akasse)}</span>
      ) : null,
    phone: contactGiven ? (values.phone ? formatPhone(values.phone) : t("none")) : null,
    email: contactGiven ? (values.email ?? t("none")) : null,
  };
  return (
    <dl className="mb-8 divide-y divide-border border-y border-border">
      {ROWS.map((row) => (
        <div key={row.id} className="py-4">
          <dt className="mb-1 font-semibold">{t(row.id)}</dt>
          <dd className={shown[row.id] === null ? "text-error" : ""}>
            {shown[row.id] ?? t("notAnswered")}
            {action && <span className="ml-4">{action(row.id, row.step)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
