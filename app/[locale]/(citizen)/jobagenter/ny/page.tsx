import { getTranslations } from "next-intl/server";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { findOccupationTitle, titleLabel } from "@/lib/jobsearch/occupations";
import { parseSearchQuery } from "@/lib/jobsearch/search-query";
import { citizenPage } from "@/lib/pages";
import { JobAgentForm } from "../_components/agent-form";
import { allTitleLabels, distanceFromAddress, jobAgentFormText } from "../_components/form-text";

/**
 * `Opret jobagent` (R3.4). Its address may carry a Find job search (`?v=1&stilling=…&q=…`),
 * as `Opret jobagent ud fra søgningen` sends it: the form starts from that search, and the
 * citizen chooses how often to be told and saves. The search's postcode carries over; a distance
 * only if the address has one (`afstand`, Find job has none). Parts of the search an agent does not use
 * (working hours, employment, sort) are left out; values that cannot be used are ignored.
 */
const page = citizenPage("form", async ({ locale, searchParams }) => {
  const [t, text] = await Promise.all([getTranslations("jobagents"), jobAgentFormText()]);
  const { query } = parseSearchQuery(searchParams);
  const here = localizedPath(locale, "/jobagenter/ny");
  const titles = query.titles.flatMap((code) => {
    const title = findOccupationTitle(code);
    return title ? [{ code, label: titleLabel(title, locale) }] : [];
  });
  return (
    <div className="max-w-prose">
      <JobAgentForm
        locale={locale}
        page={{ documentTitle: await documentTitle(locale, t("newTitle")), heading: t("newTitle"), intro: <p className="mb-6">{t("intro")}</p> }}
        text={text}
        start={{
          titles,
          q: query.words,
          region: query.region ?? "",
          postnr: query.postnummer ?? "",
          afstand: query.postnummer ? distanceFromAddress(searchParams) : "",
        }}
        titleLabels={allTitleLabels(locale)}
        pagePath={here}
        submitLabel={t("form.create")}
        backHref={localizedPath(locale, "/jobagenter")}
      />
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
