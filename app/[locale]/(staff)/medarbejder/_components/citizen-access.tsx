import { getFormatter, getTranslations } from "next-intl/server";
import { TypedText } from "@/components/typed-text";
import type { Actor } from "@/lib/audit/mutations";
import { auditReasonLanguage } from "@/lib/audit/reason-language";
import type { CitizenAdminOverview } from "@/lib/identity/queries";
import { listCitizenAuditEntries } from "@/lib/identity/queries";
import { ScrollRegion } from "@/components/scroll-region";
import { TermList } from "@/components/term-list";
import { Section } from "@/components/section";

/**
 * What support and jobcenter staff see of a citizen's access: profile, login methods, the
 * brugerkode flag (plainly, in words and colour) and its history from the audit log.
 */
export async function CitizenAccess({ citizen, viewer }: { citizen: CitizenAdminOverview; viewer: Actor }) {
  const [t, format, history] = await Promise.all([getTranslations("staff"), getFormatter(), listCitizenAuditEntries({ citizenId: citizen.citizenId, viewer })]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const codes = citizen.brugerkode;
  const passwordState = !codes?.hasPassword
    ? "none"
    : codes.lockedUntil && codes.lockedUntil > new Date()
      ? "locked"
      : codes.mustChangePassword
        ? "onetime"
        : "own";
  const expires = passwordState === "locked" ? codes?.lockedUntil : codes?.passwordExpiresAt;

  return (
    <>
      <TermList className="mb-8">
        <dt className="font-semibold">{t("citizen.name")}</dt>
        <dd>{citizen.name}</dd>
        <dt className="font-semibold">{t("citizen.cpr")}</dt>
        <dd>{`${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`}</dd>
        <dt className="font-semibold">{t("citizen.contactGroup")}</dt>
        <dd>{t(`contactGroups.${citizen.contactGroup}` as "contactGroups.oevrige")}</dd>
        <dt className="font-semibold">{t("citizen.profile")}</dt>
        <dd>
          {citizen.profile ? t("citizen.profileVia", { date: date(citizen.profile.createdAt), via: citizen.profile.createdVia }) : t("citizen.noProfile")}
        </dd>
        <dt className="font-semibold">{t("citizen.loginMethods")}</dt>
        <dd>
          <ul className="list-none">
            <li>
              {citizen.profile?.lastMitidLoginAt ? t("citizen.mitidLastUsed", { date: date(citizen.profile.lastMitidLoginAt) }) : t("citizen.mitidNeverUsed")}
            </li>
            <li>
              {codes
                ? `${t("citizen.username", { username: codes.username })} (${t("citizen.passwordState", { state: passwordState, expires: expires ? date(expires) : "" })})`
                : t("citizen.noBrugerkoder")}
            </li>
          </ul>
        </dd>
      </TermList>

      <Section headingId="flag-heading" heading={t("citizen.flag")} className="mb-8">
        <p
          className={`border-l-8 p-4 font-semibold ${codes?.flagged ? "border-[#00703c] bg-[#e6f4ea]" : "border-border bg-surface"}`}
          data-testid="brugerkode-flag"
        >
          {codes?.flagged ? t("citizen.flagSet") : t("citizen.flagNotSet")}
        </p>
        {codes?.flagChangedAt && (
          <p className="mt-2 text-muted">
            {t("citizen.flagChanged", { date: date(codes.flagChangedAt), actor: t(`actors.${codes.flagChangedByKind ?? "system"}` as "actors.system") })}
          </p>
        )}
      </Section>

      <Section headingId="history-heading" heading={t("citizen.history")} className="mb-8">
        {history.length === 0 ? (
          <p>{t("citizen.historyEmpty")}</p>
        ) : (
          <ScrollRegion labelledBy="history-heading">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("citizen.historyWhen")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("citizen.historyWhat")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("citizen.historyWho")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("citizen.historyWhy")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr key={entry.id} className="border-b border-border align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">{date(entry.occurredAt)}</td>
                    <td className="py-2 pr-4">{t(`auditActions.${entry.action}` as "auditActions.profile.created")}</td>
                    <td className="py-2 pr-4">{entry.staffName ?? entry.apiClientName ?? t(`actors.${entry.actorKind}`)}</td>
                    <td className="py-2">{entry.reason && <TypedText lang={auditReasonLanguage(entry.actorKind)}>{entry.reason}</TypedText>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>
    </>
  );
}
