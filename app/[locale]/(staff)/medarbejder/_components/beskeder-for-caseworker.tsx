import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/scroll-region";
import { Section } from "@/components/section";
import type { Actor } from "@/lib/audit/mutations";
import { formatDanishDate } from "@/lib/content/danish-time";
import { listBeskederForCaseworker } from "@/lib/messages/queries";
import { letterTexts } from "@/lib/messages/texts";

/**
 * The messages sent to the citizen's `Min beskedbakke` (R4.1), for their caseworker: when, the
 * subject, and whether the citizen has read it — not the letters themselves. Only a caseworker
 * who reaches the citizen (the data function checks).
 */
export async function BeskederForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, locale, beskeder] = await Promise.all([getTranslations("beskeder.staff"), getLocale(), listBeskederForCaseworker({ citizenId, viewer })]);
  const language = locale === "en" ? "en" : "da";
  return (
    <Section headingId="beskeder-heading" heading={t("heading")} className="mb-10 rounded border border-border p-6">
      {beskeder.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="mb-4">{t("intro")}</p>
          <ScrollRegion label={t("tableLabel")}>
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-2 pr-4">
                    {t("sent")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("subject")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {beskeder.map((besked) => (
                  <tr key={besked.id} className="border-b border-border align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">{formatDanishDate(besked.createdAt, language)}</td>
                    <td className="py-2 pr-4">{letterTexts(besked.kind, besked.params, language).subject}</td>
                    <td className="py-2">{besked.readAt ? t("read", { date: formatDanishDate(besked.readAt, language) }) : t("unread")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </Section>
  );
}
