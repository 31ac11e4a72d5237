import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/button";
import { Section } from "@/components/section";
import { TermList } from "@/components/term-list";
import { TextField } from "@/components/text-field";
import { TypedText } from "@/components/typed-text";
import type { Cv } from "@/db/schema";
import { formatPhone } from "@/lib/contacts/phone";
import { removeCvEducation, removeCvExperience, removeCvLanguage } from "@/lib/cv/actions";
import { CV_REGIONS } from "@/lib/cv/options";
import { getCv } from "@/lib/cv/queries";
import { titleSearchSchema } from "@/lib/cv/schema";
import { citizenFillsConditions, cvSearchState, lacksConditions, type CvSearchState, type SearchableMissing } from "@/lib/cv/searchable";
import { formParseOptions } from "@/lib/form-parse-options";
import { refuseInput } from "@/lib/http/request-context";
import { pageMetadata } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { findOccupationTitle, searchOccupationTitles, titleLabel } from "@/lib/jobsearch/occupations";
import { citizenPage, type SearchParams } from "@/lib/pages";
import { ConditionsForm } from "./_components/conditions-form";
import { ContactDetailsForm } from "./_components/contact-details-form";
import { DrivingLicencesForm } from "./_components/driving-licences-form";
import { EducationForm, ExperienceForm, LanguageForm } from "./_components/entry-forms";
import { RemovableEntries } from "./_components/removable-entries";
import { SearchableForm } from "./_components/searchable-form";
import { WantedTitles, type TitleChoice } from "./_components/wanted-titles";

/** The sections' headings' ids, which the page's links and the lists' names point to. */
const HEADING = {
  wantedTitles: "jeg-soeger-job-som",
  titleResults: "stillingsresultater",
  experience: "erhvervserfaring",
  education: "uddannelse",
  languages: "sprog",
  drivingLicences: "koerekort",
  conditions: "ansaettelsesbetingelser",
  contact: "kontaktoplysninger",
  searchable: "soegbart-cv",
} as const;

/** Where the switch's error summary leads for each thing the CV lacks: the first field to fill in. */
const FIELD_FOR: Record<SearchableMissing, string> = {
  hours: "betingelser-hours",
  employment: "betingelser-employment",
  regions: "betingelser-regions",
  contactDetails: "kontakt-email",
};

/** At most this many titles answer a search. */
const TITLE_RESULTS = 20;

/**
 * The citizen's CV (`/cv`, R3.3): `Jeg søger job som`, experience, education, languages,
 * driving licences, `Ansættelsesbetingelser`, contact details and `Gør mit CV søgbart`, each
 * part a small form of its own that works without JavaScript. What the citizen may do is
 * decided by lib/cv/searchable.ts from their contact group as the database holds it now: a
 * fleksjobvisiteret or fleksjobansat citizen sees the conditions read-only, with why, and can
 * make the CV searchable without them; anyone else fills them in first. A CV that stopped
 * counting as searchable after a change of contact group says so at the top, with what to do.
 */
const page = citizenPage<object, SearchParams>(
  // A refused search (`?stilling=…` too long, or text that cannot be stored) marks the title `Fejl:`.
  async ({ locale, searchParams }) => pageMetadata(locale, (t) => t("cv.title"), { refused: !readTitleSearch(searchParams).search.success }),
  async ({ locale, citizen, searchParams }) => {
    const [t, form, regionNames, format, { contactGroup, cv }] = await Promise.all([
      getTranslations("cv"),
      getTranslations("cv.form"),
      getTranslations("jobsearch.regions"),
      getFormatter(),
      getCv({ citizenId: citizen.citizenId }),
    ]);
    const pagePath = localizedPath(locale, "/cv");
    const state = cvSearchState(contactGroup, cv);
    const fillsConditions = citizenFillsConditions(contactGroup);
    const group = fillsConditions ? "" : t(`conditions.groups.${contactGroup as "fleksjobansat"}`);

    const { typed, search } = readTitleSearch(searchParams);
    if (!search.success) refuseInput(400);
    const query = search.success ? search.data.stilling : "";
    const results: TitleChoice[] | null = query
      ? searchOccupationTitles(query, locale, TITLE_RESULTS).map((title) => ({ code: title.code, label: titleLabel(title, locale) }))
      : null;
    const chosen: TitleChoice[] = (cv?.wantedTitles ?? []).flatMap((code) => {
      const title = findOccupationTitle(code);
      return title ? [{ code, label: titleLabel(title, locale) }] : [];
    });

    const month = (value: string) => {
      const [year, monthNumber] = value.split("-").map(Number);
      return format.dateTime(new Date(Date.UTC(year, monthNumber - 1, 15)), { month: "long", year: "numeric", timeZone: "UTC" });
    };
    const hoursLabel = (hours: Cv["conditionsHours"]) => (hours ? form(`conditions.hours.${hours}`) : t("conditions.notFilled"));
    const employmentLabel = (employment: Cv["conditionsEmployment"]) => (employment ? form(`conditions.employment.${employment}`) : t("conditions.notFilled"));
    const regionsLabel = (regions: Cv["conditionsRegions"]) =>
      regions?.length ? regions.map((region) => regionNames(region)).join(", ") : t("conditions.notFilled");

    return (
      <div className="max-w-3xl">
        <h1 className="mb-4">{t("title")}</h1>
        <p className="mb-2 max-w-prose">{t("intro")}</p>
        {cv && cv.version > 0 && <p className="mb-6 text-muted">{t("lastChanged", { date: format.dateTime(cv.updatedAt, { dateStyle: "long" }) })}</p>}
        <SearchStatus state={state} t={t} className="mb-10 max-w-prose" withLinks />

        <Section headingId={HEADING.wantedTitles} heading={t("wantedTitles.heading")} className="mb-12">
          <p className="mb-4 max-w-prose">{t("wantedTitles.intro")}</p>
          <WantedTitles
            locale={locale}
            chosen={chosen}
            results={results}
            labelledBy={HEADING.wantedTitles}
            resultsLabelledBy={HEADING.titleResults}
            emptyText={t("wantedTitles.none")}
            search={
              <>
                <h3 className="mb-3 text-lg">{t("wantedTitles.searchHeading")}</h3>
                {/* With JavaScript the search shows its results in place, focus staying in the field, and the count is announced. */}
                <Form action={pagePath} scroll={false} role="search" aria-label={t("wantedTitles.searchHeading")} className="mb-4">
                  <TextField
                    id="stilling"
                    name="stilling"
                    type="search"
                    label={form("wantedTitles.searchLabel")}
                    hint={form("wantedTitles.searchHint")}
                    autoComplete="off"
                    maxLength={100}
                    defaultValue={search.success ? query : typeof typed === "string" ? typed : ""}
                    error={search.success ? undefined : t(`errors.${search.error.issues[0].message}` as "errors.searchTooLong")}
                  />
                  <div className="flex flex-wrap items-center gap-6">
                    <button type="submit" className={buttonStyles.secondary}>
                      {form("wantedTitles.searchButton")}
                    </button>
                    {query && <a href={pagePath}>{t("wantedTitles.clearSearch")}</a>}
                  </div>
                </Form>
                {query && (
                  <h3 id={HEADING.titleResults} className="mb-2 text-lg">
                    {t("wantedTitles.resultsHeading", { query })}
                  </h3>
                )}
                <p role="status" className="mb-2">
                  {results ? t("wantedTitles.resultCount", { count: results.length }) : ""}
                </p>
              </>
            }
          />
        </Section>

        <Section headingId={HEADING.experience} heading={t("experience.heading")} className="mb-12">
          <RemovableEntries
            kind="experience"
            locale={locale}
            action={removeCvExperience}
            labelledBy={HEADING.experience}
            emptyText={t("experience.none")}
            entries={(cv?.experience ?? []).map((entry) => ({
              id: entry.id,
              name: `${entry.title}, ${entry.employer}`,
              content: (
                <>
                  <h3 className="text-lg">
                    <TypedText>{entry.title}</TypedText>
                  </h3>
                  <p>
                    <TypedText>{entry.employer}</TypedText>,{" "}
                    {t("experience.period", { from: month(entry.from), to: entry.to ? month(entry.to) : t("experience.now") })}
                  </p>
                  {entry.description && (
                    <TypedText as="p" className="mt-1 whitespace-pre-line">
                      {entry.description}
                    </TypedText>
                  )}
                </>
              ),
            }))}
          />
          <h3 className="mb-3 text-lg">{form("experience.addHeading")}</h3>
          <ExperienceForm locale={locale} />
        </Section>

        <Section headingId={HEADING.education} heading={t("education.heading")} className="mb-12">
          <RemovableEntries
            kind="education"
            locale={locale}
            action={removeCvEducation}
            labelledBy={HEADING.education}
            emptyText={t("education.none")}
            entries={(cv?.education ?? []).map((entry) => ({
              id: entry.id,
              name: `${entry.title}, ${entry.institution}`,
              content: (
                <>
                  <h3 className="text-lg">
                    <TypedText>{entry.title}</TypedText>
                  </h3>
                  <p>
                    <TypedText>{entry.institution}</TypedText>, {t("education.completed", { year: entry.completed })}
                  </p>
                </>
              ),
            }))}
          />
          <h3 className="mb-3 text-lg">{form("education.addHeading")}</h3>
          <EducationForm locale={locale} />
        </Section>

        <Section headingId={HEADING.languages} heading={t("languages.heading")} className="mb-12">
          <RemovableEntries
            kind="languages"
            locale={locale}
            action={removeCvLanguage}
            labelledBy={HEADING.languages}
            emptyText={t("languages.none")}
            entries={(cv?.languages ?? []).map((entry) => ({
              id: entry.id,
              name: entry.language,
              content: (
                <p>
                  <TypedText className="font-semibold">{entry.language}</TypedText>: {form(`languages.levels.${entry.level}`)}
                </p>
              ),
            }))}
          />
          <h3 className="mb-3 text-lg">{form("languages.addHeading")}</h3>
          <LanguageForm locale={locale} />
        </Section>

        <Section headingId={HEADING.drivingLicences} heading={t("drivingLicences.heading")} className="mb-12">
          <DrivingLicencesForm locale={locale} saved={cv?.drivingLicences ?? []} />
        </Section>

        <Section headingId={HEADING.conditions} heading={t("conditions.heading")} className="mb-12">
          {fillsConditions ? (
            <>
              <p className="mb-4 max-w-prose">{t("conditions.intro")}</p>
              {lacksConditions(state.missing) && (
                <p className="mb-6 max-w-prose border-l-8 border-border bg-note p-3 font-semibold">
                  {state.state === "paused" ? t("conditions.requiredPaused") : t("conditions.required")}
                </p>
              )}
              <ConditionsForm
                locale={locale}
                saved={{ hours: cv?.conditionsHours ?? null, employment: cv?.conditionsEmployment ?? null, regions: cv?.conditionsRegions ?? [] }}
                regionOptions={CV_REGIONS.map((region) => ({ value: region, label: regionNames(region) }))}
              />
            </>
          ) : (
            <>
              <p className="mb-4 max-w-prose">{t("conditions.byJobcenter", { group })}</p>
              <TermList>
                <dt className="font-semibold">{t("conditions.hours")}</dt>
                <dd>{hoursLabel(cv?.conditionsHours ?? null)}</dd>
                <dt className="font-semibold">{t("conditions.employment")}</dt>
                <dd>{employmentLabel(cv?.conditionsEmployment ?? null)}</dd>
                <dt className="font-semibold">{t("conditions.regions")}</dt>
                <dd>{regionsLabel(cv?.conditionsRegions ?? null)}</dd>
              </TermList>
            </>
          )}
        </Section>

        <Section headingId={HEADING.contact} heading={t("contact.heading")} className="mb-12">
          <p className="mb-4 max-w-prose">{t("contact.intro")}</p>
          <ContactDetailsForm locale={locale} saved={{ email: cv?.email ?? "", phone: cv?.phone ? formatPhone(cv.phone) : "" }} />
        </Section>

        <Section headingId={HEADING.searchable} heading={t("searchable.heading")} className="mb-12">
          <p className="mb-4 max-w-prose">{fillsConditions ? t("searchable.ruleOthers") : t("searchable.ruleFleks", { group })}</p>
          <SearchStatus state={state} t={t} className="mb-6 max-w-prose" />
          {/* A refusal is for what was missing then: once that changes, the form starts afresh. */}
          <SearchableForm key={state.missing.join()} locale={locale} searchable={cv?.searchable ?? false} fieldIds={FIELD_FOR} />
        </Section>
      </div>
    );
  },
);

/** The title search in the page's address (`?stilling=…`, a plain GET form), read with its form's schema. */
function readTitleSearch(searchParams: SearchParams) {
  const typed = Array.isArray(searchParams.stilling) ? searchParams.stilling[0] : searchParams.stilling;
  return { typed, search: titleSearchSchema.safeParse({ stilling: typed }, formParseOptions) };
}

/**
 * Where the CV stands, in words: searchable, not searchable, or (after a change of contact
 * group) not searchable although the citizen chose it, with what to fill in — at the top of
 * the page with links to those parts, and again beside the switch.
 */
function SearchStatus({
  state,
  t,
  className,
  withLinks = false,
}: {
  state: CvSearchState;
  t: Awaited<ReturnType<typeof getTranslations<"cv">>>;
  className: string;
  withLinks?: boolean;
}) {
  if (state.state !== "paused") {
    return (
      <p className={`${className} font-semibold`}>
        {t(state.state === "searchable" ? "status.searchable" : "status.notSearchable")}
        {withLinks && (
          <>
            {" "}
            <a href={`#${HEADING.searchable}`} className="font-normal">
              {t("status.toSwitch")}
            </a>
          </>
        )}
      </p>
    );
  }
  const steps: { text: string; link: ReactNode }[] = [];
  if (lacksConditions(state.missing))
    steps.push({ text: t("status.pausedConditions"), link: <a href={`#${HEADING.conditions}`}>{t("status.toConditions")}</a> });
  if (state.missing.includes("contactDetails"))
    steps.push({ text: t("status.pausedContact"), link: <a href={`#${HEADING.contact}`}>{t("status.toContact")}</a> });
  return (
    <div className={`${className} border-l-8 border-error bg-note p-4`}>
      <p className="mb-2 font-semibold">{t("status.paused")}</p>
      {steps.map((step) => (
        <p key={step.text} className="mb-2">
          {step.text} {withLinks && step.link}
        </p>
      ))}
    </div>
  );
}

export default page.Page;
export const generateMetadata = page.generateMetadata;
