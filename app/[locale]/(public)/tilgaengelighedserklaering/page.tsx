import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatDanishDate } from "@/lib/content/danish-time";
import { publicPage } from "@/lib/pages";

// The law asks for the date the statement was prepared and last reviewed; update both with each review.
const PREPARED = new Date("2026-11-26T12:00:00+01:00");
const LAST_REVIEWED = new Date("2026-12-01T12:00:00+01:00");
const CONTACT_EMAIL = "star@star.dk";
const COMPLAINTS_URL = "https://www.was.digst.dk/";

/** B3: the accessibility statement in the form Danish public websites publish it. */
const page = publicPage("accessibilityStatement.title", async ({ locale }) => {
  const t = await getTranslations("accessibilityStatement");
  const date = (value: Date) => formatDanishDate(value, locale);
  // The sections Digitaliseringsstyrelsen's template asks for, in its order.
  const sections: { id: string; heading: string; body: ReactNode }[] = [
    { id: "overholdelse", heading: t("statusHeading"), body: <p>{t("statusText")}</p> },
    {
      id: "ikke-tilgaengeligt",
      heading: t("gapsHeading"),
      body: (
        <>
          <p className="mb-2">{t("gapsIntro")}</p>
          <ul className="list-disc space-y-2 pl-6">
            {(t.raw("gaps") as string[]).map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </>
      ),
    },
    {
      id: "udarbejdelse",
      heading: t("preparationHeading"),
      body: <p>{t("preparationText", { prepared: date(PREPARED), reviewed: date(LAST_REVIEWED) })}</p>,
    },
    {
      id: "feedback",
      heading: t("feedbackHeading"),
      body: (
        <>
          <p className="mb-2">{t("feedbackText")}</p>
          <p>
            {t("feedbackEmail")}: <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
          </p>
        </>
      ),
    },
    {
      id: "haandhaevelse",
      heading: t("enforcementHeading"),
      body: (
        <>
          <p className="mb-2">{t("enforcementText")}</p>
          <p>
            {/* The agency's complaint form is in Danish only; the English link says so. */}
            <a href={COMPLAINTS_URL} hrefLang="da" rel="noopener noreferrer">
              {t("enforcementLink")}
            </a>
          </p>
        </>
      ),
    },
  ];
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8 text-lg">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="mb-8">
          <h2 id={section.id} className="mb-2 text-xl">
            {section.heading}
          </h2>
          {section.body}
        </section>
      ))}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
