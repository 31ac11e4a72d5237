import { getTranslations } from "next-intl/server";
import { TilmeldingAnswers } from "@/app/[locale]/_components/tilmelding-answers";
import { MessagePage } from "@/components/message-page";
import { Receipt } from "@/components/receipt";
import { Section } from "@/components/section";
import { setResponseStatus } from "@/lib/http/request-context";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";
import { akasseName } from "@/lib/tilmelding/akasser";
import { getTilmeldingReceipt } from "@/lib/tilmelding/queries";

/**
 * The receipt for a sent registration (R1.7): the reference, when it was sent, what was sent,
 * and what happens next (the jobcenter gets in touch; a member registers with their a-kasse
 * too). Printable: the print style leaves out the header, menu and footer. Only the citizen's
 * own; before sending, a 404 that says nothing is sent yet.
 */
const page = citizenPage("tilmelding.receiptTitle", async ({ locale, citizen }) => {
  const [t, receipt] = await Promise.all([getTranslations("tilmelding"), getTilmeldingReceipt({ citizenId: citizen.citizenId })]);
  if (!receipt) {
    setResponseStatus(404);
    return (
      <MessagePage heading={t("receiptTitle")} link={{ href: localizedPath(locale, "/tilmelding"), label: t("toTilmelding") }}>
        <p className="mb-6">{t("notSentYet")}</p>
      </MessagePage>
    );
  }
  return (
    <Receipt heading={t("receiptTitle")} referenceLabel={t("receiptReference")} receivedAtLabel={t("receiptSentAt")} receipt={receipt}>
      <p className="mb-8">{t("receiptText")}</p>
      <Section headingId="sent-heading" heading={t("sentHeading")}>
        <TilmeldingAnswers values={receipt} locale={locale} />
      </Section>
      <Section headingId="next-heading" heading={t("nextHeading")}>
        <ul className="mb-8 list-disc space-y-2 pl-6">
          <li>{t("nextJobcenter")}</li>
          <li>
            {receipt.akasseMember && receipt.akasse
              ? t.rich("nextAkasse", { akasse: akasseName(receipt.akasse), name: (chunks) => <span lang={locale === "da" ? undefined : "da"}>{chunks}</span> })
              : t("nextNoAkasse")}
          </li>
          <li>
            <a href={localizedPath(locale, "/cv")}>{t("nextCv")}</a>
          </li>
        </ul>
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
