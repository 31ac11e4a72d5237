import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SuccessNotice } from "@/components/notice";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reference?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("supportRequest.receiptTitle"));
}

/** R1.8: the receipt for a special support request. It shows the reference only, never what was sent. */
export default async function SupportReceiptPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ reference }, t] = await Promise.all([searchParams, getTranslations("supportRequest")]);
  const validReference = reference && /^SH-[2-9A-HJ-NP-Z]{8}$/.test(reference) ? reference : null;
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("receiptTitle")}</h1>
      {validReference && (
        <SuccessNotice>
          {t("receiptReference")}: {validReference}
        </SuccessNotice>
      )}
      <p className="mb-8">{t("receiptText")}</p>
      <p>
        <a href={localizedPath(locale, "/")}>{t("toFrontPage")}</a>
      </p>
    </div>
  );
}
