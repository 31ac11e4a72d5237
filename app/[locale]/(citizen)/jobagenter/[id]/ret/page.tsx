import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import { localizedPath } from "@/lib/i18n/routing";
import { documentTitle } from "@/lib/i18n/metadata";
import { deleteJobAgentAction } from "@/lib/jobagents/actions";
import { getJobAgent } from "@/lib/jobagents/queries";
import { agentTitleLabels } from "@/lib/jobagents/reasons";
import { postnummerPoint } from "@/lib/jobsearch/distance";
import { findPostnummer } from "@/lib/jobsearch/postnumre";
import { parseSearchQuery } from "@/lib/jobsearch/search-query";
import { citizenPage } from "@/lib/pages";
import { JobAgentForm } from "../../_components/agent-form";
import { allTitleLabels, distanceFromAddress, jobAgentFormText } from "../../_components/form-text";
import { JobAgentNotFound } from "../../_components/not-found";

/**
 * `Ret jobagent` (R3.4): change the citizen's own agent, or delete it. Another citizen's agent
 * is not found (404, logged). The form starts from the agent as saved, or, when its address
 * holds a search (`?v=1&stilling=…`, a title removed without JavaScript), from that. A saved
 * distance that can no longer be measured (its postcode lost its point in new reference data)
 * starts cleared, and the distance field says why, so saving is never refused for it.
 */
const page = citizenPage<{ id: string }>("form", async ({ locale, citizen, params, searchParams }) => {
  const [t, agent] = await Promise.all([getTranslations("jobagents"), getJobAgent({ citizenId: citizen.citizenId, agentId: params.id })]);
  if (!agent) return <JobAgentNotFound locale={locale} />;
  const sent = searchParams.v ? parseSearchQuery(searchParams).query : null;
  const codes = sent ? sent.titles : agent.titles;
  const labels = agentTitleLabels(codes, locale);
  const lostDistance = !sent && agent.distanceKm !== null && agent.postcode !== null && postnummerPoint(agent.postcode) === null;
  return (
    <div className="max-w-prose">
      <JobAgentForm
        locale={locale}
        page={{ documentTitle: await documentTitle(locale, t("editTitle")), heading: t("editTitle") }}
        text={await jobAgentFormText()}
        start={{
          titles: codes.map((code, index) => ({ code, label: labels[index] })),
          q: sent ? sent.words : agent.words,
          region: (sent ? sent.region : agent.region) ?? "",
          postnr: (sent ? sent.postnummer : agent.postcode) ?? "",
          afstand: sent ? distanceFromAddress(searchParams) : agent.distanceKm === null || lostDistance ? "" : String(agent.distanceKm),
          frequency: agent.frequency,
          notify: agent.notify ? "ja" : "nej",
        }}
        distanceNotice={
          lostDistance
            ? t("form.distanceNoLongerMeasured", { postcode: agent.postcode!, city: findPostnummer(agent.postcode!)?.by ?? "", km: String(agent.distanceKm) })
            : undefined
        }
        titleLabels={allTitleLabels(locale)}
        pagePath={localizedPath(locale, `/jobagenter/${agent.id}/ret`)}
        agentId={agent.id}
        submitLabel={t("form.save")}
        backHref={localizedPath(locale, `/jobagenter/${agent.id}`)}
      />
      <Section headingId="slet-heading" heading={t("delete.heading")} className="mt-12 rounded border border-border p-6">
        <p className="mb-4">{t("delete.text")}</p>
        <ActionForm action={deleteJobAgentAction} fields={{ locale, agentId: agent.id }}>
          <SubmitButton variant="danger">{t("delete.button")}</SubmitButton>
        </ActionForm>
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
