import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TilmeldingAnswers } from "@/app/[locale]/_components/tilmelding-answers";
import { Section } from "@/components/section";
import type { Actor } from "@/lib/audit/mutations";
import { readTilmeldingForCaseworker } from "@/lib/tilmelding/queries";

/**
 * The citizen's registration as unemployed for their jobcenter (R1.7): when it was sent, its
 * reference and what was sent. Reading it is audit-logged and checked for reach (the data
 * function does both); a draft is the citizen's own and is not shown.
 */
export async function TilmeldingForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, format, locale, tilmelding] = await Promise.all([
    getTranslations("staff.tilmelding"),
    getFormatter(),
    getLocale(),
    readTilmeldingForCaseworker({ citizenId, viewer }),
  ]);
  return (
    <Section headingId="tilmelding-heading" heading={t("heading")} className="mb-10 rounded border border-border p-6">
      {tilmelding ? (
        <>
          <p className="mb-4">
            {t("sent", { date: format.dateTime(tilmelding.receivedAt, { dateStyle: "long", timeStyle: "short" }), reference: tilmelding.reference })}
          </p>
          <TilmeldingAnswers values={tilmelding} locale={locale} />
          <p className="text-muted">{t("logged")}</p>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
    </Section>
  );
}
