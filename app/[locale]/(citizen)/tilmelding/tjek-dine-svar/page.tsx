import { getTranslations } from "next-intl/server";
import { TilmeldingAnswers } from "@/app/[locale]/_components/tilmelding-answers";
import { CheckAnswersForm } from "@/components/check-answers-form";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { danishToday, isFirstDayWithinBounds } from "@/lib/tilmelding/first-day";
import { sendTilmeldingAction } from "@/lib/tilmelding/actions";
import { getTilmelding } from "@/lib/tilmelding/queries";
import { stepPath, unansweredSteps } from "@/lib/tilmelding/steps";
import { TilmeldingClosed } from "../_components/tilmelding-closed";

/** The `Ret` link a step's rows share: the contact step's is on the phone number's row. */
const retId = (step: string) => `ret-${step}`;

/**
 * `Tjek dine svar` (R1.7): every answer with `Ret`, and `Send`. Before anything is answered, or
 * once it is sent, the page says so in place.
 */
const page = citizenPage("form", async ({ locale, citizen }) => {
  const [t, tilmelding] = await Promise.all([getTranslations("tilmelding"), getTilmelding({ citizenId: citizen.citizenId })]);
  if (tilmelding?.status === "sent") return <TilmeldingClosed locale={locale} reason="sent" sentAt={tilmelding.sentAt} />;
  if (!tilmelding) return <TilmeldingClosed locale={locale} reason="notStarted" />;
  const unanswered = unansweredSteps(tilmelding).map((step) => ({ fieldId: retId(step), message: t(`unansweredStep.${step}`) }));
  // A first day saved at the edge of the bounds may have fallen out of them since: Send refuses it, linked to its Ret.
  if (tilmelding.firstDay && !isFirstDayWithinBounds(tilmelding.firstDay, danishToday())) {
    unanswered.unshift({ fieldId: retId("firstDay"), message: t("errors.firstDayOutOfBounds") });
  }
  return (
    <div className="max-w-prose">
      <CheckAnswersForm
        locale={locale}
        action={sendTilmeldingAction}
        sendLabel={t("send")}
        summaryTitle={t("errorSummaryTitle")}
        incompleteKey={["tilmelding.errors.notComplete", "tilmelding.errors.firstDayOutOfBounds"]}
        unanswered={unanswered}
        page={{ documentTitle: await documentTitle(locale, t("summaryTitle")), heading: t("summaryTitle"), intro: <p className="mb-6">{t("summaryIntro")}</p> }}
      >
        <TilmeldingAnswers
          values={tilmelding}
          locale={locale}
          action={(row, step) => (
            <a id={row === "email" ? undefined : retId(step)} href={`${localizedPath(locale, stepPath(step))}?fra=tjek`}>
              {t("change")}
              <span className="sr-only"> {t(`answers.${row}`)}</span>
            </a>
          )}
        />
      </CheckAnswersForm>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
