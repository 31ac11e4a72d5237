import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { citizenPage } from "@/lib/pages";
import { AKASSER } from "@/lib/tilmelding/akasser";
import { getTilmelding } from "@/lib/tilmelding/queries";
import { TilmeldingClosed } from "../_components/tilmelding-closed";
import { stepText } from "../_components/step-page";
import { AkasseForm } from "./akasse-form";

/** `Tilmelding`, step 2 (R1.7): a-kasse membership, yes or no, and for a member which a-kasse. */
const page = citizenPage<object, { fra?: string }>("form", async ({ locale, citizen, searchParams }) => {
  const [t, tilmelding, { fra }] = await Promise.all([getTranslations("tilmelding"), getTilmelding({ citizenId: citizen.citizenId }), searchParams]);
  if (tilmelding?.status === "sent") return <TilmeldingClosed locale={locale} reason="sent" sentAt={tilmelding.sentAt} />;
  const da = (chunks: ReactNode) => <span lang="da">{chunks}</span>;
  return (
    <div className="max-w-prose">
      <AkasseForm
        locale={locale}
        step={await stepText(locale, "akasse", fra)}
        legend={t.rich("akasse.legend", { da })}
        texts={{ yes: t("akasse.yes"), no: t("akasse.no"), which: t("akasse.which"), whichHint: t("akasse.whichHint"), choose: t("akasse.choose") }}
        akasser={AKASSER.map(({ code, name }) => ({ value: code, label: name }))}
        saved={{
          member: tilmelding?.akasseMember === null || !tilmelding ? undefined : tilmelding.akasseMember ? "ja" : "nej",
          akasse: tilmelding?.akasse ?? "",
        }}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
