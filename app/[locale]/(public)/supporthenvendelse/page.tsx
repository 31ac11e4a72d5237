import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { documentTitle, formPageMetadata } from "@/lib/i18n/metadata";
import { SupportRequestForm } from "./support-request-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return formPageMetadata();
}

/** R1.8: the special support request, for a citizen who must register as unemployed and has nowhere else to turn. */
export default async function SupportRequestPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("supportRequest");
  return (
    <div className="max-w-prose">
      <SupportRequestForm
        locale={locale}
        page={{
          documentTitle: await documentTitle(locale, t("title")),
          heading: t("title"),
          intro: (
            <>
              <p className="mb-4">{t("intro1")}</p>
              <p className="mb-8">{t("intro2")}</p>
            </>
          ),
        }}
      />
    </div>
  );
}
