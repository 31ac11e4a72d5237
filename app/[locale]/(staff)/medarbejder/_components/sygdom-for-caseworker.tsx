import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/scroll-region";
import { Section } from "@/components/section";
import type { Actor } from "@/lib/audit/mutations";
import { readSygdomReportsForCaseworker } from "@/lib/sygdom/queries";

/**
 * The citizen's sick and well reports for their caseworker (R4.2), read-only: whether the
 * citizen is registered sick now, and every report newest first with when it was made (Danish
 * time), from which day and its reference. Reading them is audit-logged (the data function does so).
 */
export async function SygdomForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, format, { status, reports }] = await Promise.all([
    getTranslations("sygdom"),
    getFormatter(),
    readSygdomReportsForCaseworker({ citizenId, viewer }),
  ]);
  // Noon UTC is the same day in Denmark, summer and winter.
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  return (
    <Section headingId="sygdom-heading" heading={t("staff.heading")} className="mb-10 rounded border border-border p-6">
      {reports.length === 0 ? (
        <p className="mb-4">{t("staff.none")}</p>
      ) : (
        <>
          <p className="mb-4 font-semibold">{status.sick ? t("staff.sick", { date: day(status.since) }) : t("staff.notSick")}</p>
          <ScrollRegion label={t("staff.tableLabel")} className="mb-4">
            <table className="w-full text-left">
              <caption className="sr-only">{t("staff.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t("staff.reportedAt")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("staff.kind")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("staff.fromDay")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("staff.reference")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => (
                  <tr key={report.reference} className="border-t border-border">
                    <td className="py-2 pr-4">{format.dateTime(report.createdAt, { dateStyle: "long", timeStyle: "short" })}</td>
                    <td className="py-2 pr-4">{t(`kinds.${report.kind}`)}</td>
                    <td className="py-2 pr-4">{day(report.fromDay)}</td>
                    <td className="py-2">{report.reference}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <p className="text-muted">{t("staff.logged")}</p>
    </Section>
  );
}
