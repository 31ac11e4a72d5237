import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deletionReceiptCookie, parseDeletionReceipt } from "@/lib/identity/deletion-receipt";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await params).locale, (t) => t("deletionReceipt.title"));
}

/** R1.6: the receipt for a deleted access, shown after the citizen has been logged out. */
export default async function DeletionReceiptPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const receipt = parseDeletionReceipt((await cookies()).get(deletionReceiptCookie().name)?.value);
  if (!receipt) redirect(localizedPath(locale, "/"));
  const [t, format] = await Promise.all([getTranslations("deletionReceipt"), getFormatter()]);
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("deletedAt")}</dt>
        <dd>{format.dateTime(new Date(receipt.deletedAt), { dateStyle: "long", timeStyle: "short" })}</dd>
        <dt className="font-semibold">{t("reference")}</dt>
        <dd>{receipt.reference}</dd>
      </dl>
      <p className="mb-6">{t("text")}</p>
      <p>
        <a href={localizedPath(locale, "/opret")}>{t("createLink")}</a>
      </p>
    </div>
  );
}
