import { getTranslations } from "next-intl/server";
import { JoblogWeeks } from "@/app/[locale]/_components/joblog-weeks";
import { Section } from "@/components/section";
import type { Actor } from "@/lib/audit/mutations";
import { readJoblogForCaseworker } from "@/lib/joblog/queries";

/**
 * The citizen's joblog for their caseworker (R3.2), read-only and as the citizen sees it:
 * week by week with each week's count. Reading it is audit-logged (the data function does so).
 */
export async function JoblogForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }) {
  const [t, entries] = await Promise.all([getTranslations("staff.joblog"), readJoblogForCaseworker({ citizenId, viewer })]);
  return (
    <Section headingId="joblog-heading" heading={t("heading")} className="mb-10 rounded border border-border p-6">
      {entries.length === 0 ? <p>{t("none")}</p> : <JoblogWeeks entries={entries} headingLevel={3} />}
      <p className="text-muted">{t("logged")}</p>
    </Section>
  );
}
