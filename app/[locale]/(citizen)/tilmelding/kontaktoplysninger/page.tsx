import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/lib/contacts/phone";
import { citizenPage } from "@/lib/pages";
import { getTilmelding, getTilmeldingContactSuggestion } from "@/lib/tilmelding/queries";
import { TilmeldingClosed } from "../_components/tilmelding-closed";
import { stepText } from "../_components/step-page";
import { ContactForm } from "./contact-form";

/**
 * `Tilmelding`, step 3 (R1.7): how the jobcenter can reach the citizen. The first time, the
 * fields hold what the portal knows (the CV's contact details, else the confirmed ones for
 * notices); after that, what the citizen saved.
 */
const page = citizenPage<object, { fra?: string }>("form", async ({ locale, citizen, searchParams }) => {
  const [t, tilmelding, { fra }] = await Promise.all([getTranslations("tilmelding"), getTilmelding({ citizenId: citizen.citizenId }), searchParams]);
  if (tilmelding?.status === "sent") return <TilmeldingClosed locale={locale} reason="sent" sentAt={tilmelding.sentAt} />;
  const answered = tilmelding && (tilmelding.phone !== null || tilmelding.email !== null);
  const saved = answered
    ? { phone: tilmelding.phone ? formatPhone(tilmelding.phone) : "", email: tilmelding.email ?? "" }
    : await getTilmeldingContactSuggestion({ citizenId: citizen.citizenId });
  // "We have filled in…" only when something was: the first time, from what the portal knows.
  const prefilled = !answered && (saved.phone !== "" || saved.email !== "");
  return (
    <div className="max-w-prose">
      <ContactForm
        locale={locale}
        step={await stepText(locale, "contact", fra)}
        texts={{
          heading: t("contact.heading"),
          hint: t("contact.hint"),
          prefilled: prefilled ? t("contact.prefilled") : undefined,
          phone: t("contact.phone"),
          phoneHint: t("contact.phoneHint"),
          email: t("contact.email"),
          emailHint: t("contact.emailHint"),
        }}
        saved={saved}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
