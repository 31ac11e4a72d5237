import { getTranslations } from "next-intl/server";
import { ForberedelsesskemaAnswers } from "@/app/[locale]/_components/forberedelsesskema-answers";
import { MessagePage } from "@/components/message-page";
import { Receipt } from "@/components/receipt";
import { setResponseStatus } from "@/lib/http/request-context";
import { Section } from "@/components/section";
import { getForberedelsesskemaReceipt } from "@/lib/forberedelsesskema/queries";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";

/**
 * The receipt for the submitted questionnaire (R3.1): the reference, when it was sent, and the
 * citizen's answers — nothing else (no score or assessment exists). Printable: the print
 * style leaves out the header, menu and footer. Only the citizen's own; before submitting, a
 * 404 that says nothing is sent yet.
 */
const page = citizenPage("forberedelsesskema.receiptTitle", async ({ locale, citizen }) => {
  const [t, receipt] = await Promise.all([getTranslations("forberedelsesskema"), getForberedelsesskemaReceipt({ citizenId: citizen.citizenId })]);
  if (!receipt) {
    // Nothing sent yet: there is no receipt to show, and the way to the questionnaire.
    setResponseStatus(404);
    return (
      <MessagePage heading={t("receiptTitle")} link={{ href: localizedPath(locale, "/forberedelsesskema"), label: t("toQuestionnaire") }}>
        <p className="mb-6">{t("notSentYet")}</p>
      </MessagePage>
    );
  }
  return (
    <Receipt heading={t("receiptTitle")} referenceLabel={t("receiptReference")} receivedAtLabel={t("receiptSentAt")} receipt={receipt}>
      <p className="mb-8">{t("receiptText")}</p>
      <Section headingId="answers-heading" heading={t("answersHeading")}>
        <ForberedelsesskemaAnswers answers={receipt.answers} locale={locale} />
      </Section>
      <p className="mb-4 print:hidden">{t("printHint")}</p>
      <p className="print:hidden">
        <a href={localizedPath(locale, "/")}>{t("toOverview")}</a>
      </p>
    </Receipt>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
