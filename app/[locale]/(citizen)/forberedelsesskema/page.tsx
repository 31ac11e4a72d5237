import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/button";
import { MessagePage } from "@/components/message-page";
import { Section } from "@/components/section";
import { mayAnswerForberedelsesskema } from "@/lib/forberedelsesskema/eligibility";
import { answeredCount, nextQuestionNumber } from "@/lib/forberedelsesskema/progress";
import { getForberedelsesskema } from "@/lib/forberedelsesskema/queries";
import { questions } from "@/lib/forberedelsesskema/questions";
import { localizedPath } from "@/lib/i18n/routing";
import { citizenPage } from "@/lib/pages";

/** The welcome text's paragraphs, in the release note's order (messages `forberedelsesskema.welcome.p1` …). */
const WELCOME = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12"] as const;

/** Where the welcome text's links go: the release note's own. */
const STAR_DESCRIPTION = "https://star.dk/it/borger-it/profilafklaring-forberedelsesskema/vejledning-til-forberedelsesskema/";

/**
 * The preparation questionnaire's first page (R3.1): the welcome text word for word from the
 * release note, then the way in — start, continue the draft where it was left, or (once
 * sent) the receipt. A citizen it is not for is told so plainly.
 */
const page = citizenPage("forberedelsesskema.title", async ({ locale, citizen }) => {
  const [t, format] = await Promise.all([getTranslations("forberedelsesskema"), getFormatter()]);
  const base = localizedPath(locale, "/forberedelsesskema");
  if (!mayAnswerForberedelsesskema(citizen.contactGroup)) {
    return (
      <MessagePage heading={t("notForYouTitle")} link={{ href: localizedPath(locale, "/"), label: t("toOverview") }}>
        <p className="mb-6">{t("notForYou")}</p>
      </MessagePage>
    );
  }
  const skema = await getForberedelsesskema({ citizenId: citizen.citizenId });
  const link = (href: string) =>
    function WelcomeLink(chunks: ReactNode) {
      return <a href={href}>{chunks}</a>;
    };
  const welcome = WELCOME.map((key) => (
    <p key={key} className="mb-4">
      {t.rich(`welcome.${key}`, {
        privacy: link(localizedPath(locale, "/politik-om-persondata")),
        star: (chunks) => (
          <a href={STAR_DESCRIPTION} hrefLang="da">
            {chunks}
          </a>
        ),
        starMail: link("mailto:star@star.dk"),
        dpoPhone: link("tel:+4550917768"),
        dpoMail: link("mailto:dpo@bm.dk"),
        // A Danish word in the English translation (a-kasse, dagpenge) is marked, for screen readers.
        da: (chunks) => <span lang="da">{chunks}</span>,
      })}
    </p>
  ));

  let next: ReactNode;
  if (skema?.submittedAt) {
    next = (
      <>
        <p className="mb-4 font-semibold">{t("submitted", { date: format.dateTime(skema.submittedAt, { dateStyle: "long" }) })}</p>
        <p>
          <a href={`${base}/kvittering`}>{t("toReceipt")}</a>
        </p>
      </>
    );
  } else if (skema) {
    const continueAt = nextQuestionNumber(skema.answers);
    next = (
      <>
        <p className="mb-4 font-semibold">{t("draftStatus", { answered: answeredCount(skema.answers), total: questions.length })}</p>
        <a href={continueAt === null ? `${base}/oversigt` : `${base}/spoergsmaal/${continueAt}`} className={buttonStyles.primary}>
          {t("continue")}
        </a>
      </>
    );
  } else {
    next = (
      <>
        <p className="mb-4">{t("savedAsYouGo")}</p>
        <a href={`${base}/spoergsmaal/1`} className={buttonStyles.primary}>
          {t("start")}
        </a>
      </>
    );
  }

  // The welcome proper, the way in, then how the answers are processed (the note's text from "Styrelsen …" on).
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("title")}</h1>
      {welcome.slice(0, 5)}
      <div className="my-8 rounded border border-border bg-surface p-5">{next}</div>
      <Section headingId="data-heading" heading={t("dataHeading")}>
        {welcome.slice(5)}
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
