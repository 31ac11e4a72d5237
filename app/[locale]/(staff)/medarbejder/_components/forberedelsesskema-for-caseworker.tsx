import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ForberedelsesskemaAnswers } from "@/app/[locale]/_components/forberedelsesskema-answers";
import { Section } from "@/components/section";
import type { Actor } from "@/lib/audit/mutations";
import { readSubmittedForberedelsesskema } from "@/lib/forberedelsesskema/queries";

/**
 * The citizen's submitted preparation questionnaire for their caseworker (R3.1): when it was
 * sent, its reference and the answers. Reading it is audit-logged (the data function does so);
 * a draft is the citizen's own and is not shown.
 */
export async function ForberedelsesskemaForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, format, locale, skema] = await Promise.all([
    getTranslations("staff.forberedelsesskema"),
    getFormatter(),
    getLocale(),
    readSubmittedForberedelsesskema({ citizenId, viewer }),
  ]);
  return (
    <Section headingId="forberedelsesskema-heading" heading={t("heading")} className="mb-10 rounded border border-border p-6">
      {skema ? (
        <>
          <p className="mb-4">
            {t("sent", { date: format.dateTime(skema.receivedAt, { dateStyle: "long", timeStyle: "short" }), reference: skema.reference })}
          </p>
          <ForberedelsesskemaAnswers answers={skema.answers} locale={locale} />
          <p className="text-muted">{t("logged")}</p>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
    </Section>
  );
}
