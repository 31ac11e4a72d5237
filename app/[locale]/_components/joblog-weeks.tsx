import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TermList } from "@/components/term-list";
import { TypedText } from "@/components/typed-text";
import { groupByWeek } from "@/lib/joblog/days";
import type { JoblogEntryView } from "@/lib/joblog/queries";

/** A day `yyyy-mm-dd` as a Date at its midnight in UTC, to format as that day whatever the server's time zone. */
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Marks what the citizen wrote, inside a translated sentence, as Danish. */
const typed = (chunks: ReactNode) => <TypedText>{chunks}</TypedText>;

/** The entry's address on one line: street, postcode and town, each only when written. */
export function joblogAddress(entry: Pick<JoblogEntryView, "street" | "postcode" | "city">): string {
  const place = [entry.postcode ?? "", entry.city].filter((part) => part !== "").join(" ");
  return [entry.street, place].filter((part) => part !== "").join(", ");
}

/**
 * A joblog week by week (R3.2), as the citizen and their caseworker see it: each week's
 * number and dates, how many entries it has, and each entry with what was written. Texts the
 * citizen wrote are shown as written and marked Danish (TypedText). `changeHref` gives each
 * entry a `Ret` link (the citizen's own joblog); the caseworker's view has none.
 */
export async function JoblogWeeks({
  entries,
  headingLevel,
  changeHref,
}: {
  entries: readonly JoblogEntryView[];
  /** The level of each week's heading; each entry's is one below. */
  headingLevel: 2 | 3;
  changeHref?: (entryId: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("joblog"), getFormatter()]);
  const WeekHeading = headingLevel === 2 ? "h2" : "h3";
  const EntryHeading = headingLevel === 2 ? "h3" : "h4";
  const day = (value: string) => format.dateTime(asDate(value), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      {groupByWeek(entries).map((week) => {
        const headingId = `uge-${week.year}-${week.week}`;
        const dates = format.dateTimeRange(asDate(week.monday), asDate(week.sunday), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
        return (
          <section key={headingId} aria-labelledby={headingId} className="mb-10">
            <WeekHeading id={headingId} className="mb-1 text-xl">
              {t("weekHeading", { week: week.week, dates })}
            </WeekHeading>
            <p className="mb-4 text-muted">{t("weekCount", { count: week.entries.length })}</p>
            <ul className="list-none space-y-4">
              {week.entries.map((entry) => {
                const address = joblogAddress(entry);
                return (
                  <li key={entry.id} className="rounded border border-border p-5">
                    <EntryHeading className="mb-3 text-lg font-semibold">
                      <TypedText>{entry.title}</TypedText>
                    </EntryHeading>
                    <TermList className="mb-3">
                      <dt className="font-semibold">{t("entry.employer")}</dt>
                      <TypedText as="dd">{entry.employer}</TypedText>
                      {address && (
                        <>
                          <dt className="font-semibold">{t("entry.address")}</dt>
                          <TypedText as="dd">{address}</TypedText>
                        </>
                      )}
                      <dt className="font-semibold">{t("entry.appliedOn")}</dt>
                      <dd>
                        <time dateTime={entry.appliedOn}>{day(entry.appliedOn)}</time>
                      </dd>
                      <dt className="font-semibold">{t("entry.status")}</dt>
                      <dd>{t(`statuses.${entry.status}`)}</dd>
                      <dt className="font-semibold">{t("entry.kind")}</dt>
                      <dd>{t(`kinds.${entry.kind}`)}</dd>
                      {entry.note !== "" && (
                        <>
                          <dt className="font-semibold">{t("entry.note")}</dt>
                          <TypedText as="dd" className="whitespace-pre-wrap">
                            {entry.note}
                          </TypedText>
                        </>
                      )}
                    </TermList>
                    {changeHref && (
                      <a href={changeHref(entry.id)}>
                        {t("entry.change")}
                        <span className="sr-only"> {t.rich("entry.changeWhich", { title: entry.title, employer: entry.employer, entry: typed })}</span>
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
