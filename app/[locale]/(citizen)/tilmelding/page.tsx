import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/button";
import { Section } from "@/components/section";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { getTilmelding } from "@/lib/tilmelding/queries";
import { stepPath, unansweredSteps } from "@/lib/tilmelding/steps";

/**
 * `Tilmelding` (R1.7): registering as unemployed. The start page says what the citizen needs
 * and how long it takes, then the way in — start, continue the draft at the first step not
 * answered, or, once sent, the state and the receipt. A sent registration is not started
 * again here: the citizen is registered, and a change (or a new period of unemployment after
 * a job, once the jobcenter has registered them off) goes through the jobcenter.
 */
const page = citizenPage("tilmelding.title", async ({ locale, citizen }) => {
  const [t, format, tilmelding] = await Promise.all([getTranslations("tilmelding"), getFormatter(), getTilmelding({ citizenId: citizen.citizenId })]);
  const base = localizedPath(locale, "/tilmelding");
  const da = (chunks: ReactNode) => <span lang="da">{chunks}</span>;

  let next: ReactNode;
  if (tilmelding?.status === "sent") {
    next = (
      <>
        <p className="mb-4 font-semibold">{t("sentStatus", { date: format.dateTime(tilmelding.sentAt!, { dateStyle: "long" }) })}</p>
        <p className="mb-4">{t("sentNew")}</p>
        <p>
          <a href={`${base}/kvittering`}>{t("toReceipt")}</a>
        </p>
      </>
    );
  } else if (tilmelding) {
    const [firstUnanswered] = unansweredSteps(tilmelding);
    next = (
      <>
        <p className="mb-4 font-semibold">{t("draftStatus")}</p>
        <a href={localizedPath(locale, firstUnanswered ? stepPath(firstUnanswered) : "/tilmelding/tjek-dine-svar")} className={buttonStyles.primary}>
          {t("continue")}
        </a>
      </>
    );
  } else {
    next = (
      <>
        <p className="mb-4">{t("duration")}</p>
        <a href={`${base}/foerste-ledighedsdag`} className={buttonStyles.primary}>
          {t("start")}
        </a>
      </>
    );
  }

  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6">{t.rich("intro", { da })}</p>
      {tilmelding?.status !== "sent" && (
        <Section headingId="need-heading" heading={t("needHeading")}>
          <ul className="mb-6 list-disc pl-6">
            <li>{t("need.firstDay")}</li>
            <li>{t.rich("need.akasse", { da })}</li>
            <li>{t("need.contact")}</li>
          </ul>
        </Section>
      )}
      <div className="my-8 rounded border border-border bg-surface p-5">{next}</div>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
