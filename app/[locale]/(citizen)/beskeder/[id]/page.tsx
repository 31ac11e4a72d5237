import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { Section } from "@/components/section";
import { TermList } from "@/components/term-list";
import { formatDanishDate } from "@/lib/content/danish-time";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { openBesked } from "@/lib/messages/mutations";
import { letterTexts } from "@/lib/messages/texts";
import { pageRequestIsReading } from "@/lib/messages/unread";
import { citizenPage } from "@/lib/pages";

/**
 * One message of `Min beskedbakke` (R4.1), `/beskeder/<id>`: its subject, who sent it, when,
 * and the letter's text in the page's language, with the letter as a PDF. Opening it marks it
 * read, unless the request is a HEAD or a browser's prefetch; the menu beside it counts it as
 * read already (lib/messages/unread.ts). A message that is not the citizen's own, or an id that
 * names none, is not found (404).
 */
const page = citizenPage<{ id: string }>("form", async ({ locale, citizen, params }) => {
  const [t, besked] = await Promise.all([
    getTranslations("beskeder"),
    pageRequestIsReading().then((markRead) => openBesked({ citizenId: citizen.citizenId, beskedId: params.id, markRead })),
  ]);
  const inbox = localizedPath(locale, "/beskeder");
  if (!besked) {
    setResponseStatus(404);
    return (
      <MessagePage heading={t("notFoundTitle")} link={{ href: inbox, label: t("back") }}>
        <title>{await documentTitle(locale, t("notFoundTitle"))}</title>
        <p className="mb-6">{t("notFound")}</p>
      </MessagePage>
    );
  }
  const texts = letterTexts(besked.kind, besked.params, locale);
  return (
    <article className="max-w-prose">
      <title>{await documentTitle(locale, texts.subject)}</title>
      <p className="mb-6">
        <a href={inbox}>{t("back")}</a>
      </p>
      <h1 className="mb-6">{texts.subject}</h1>
      <TermList className="mb-8">
        <dt className="font-semibold">{t("from")}</dt>
        <dd>{texts.sender}</dd>
        <dt className="font-semibold">{t("date")}</dt>
        <dd>{formatDanishDate(besked.createdAt, locale)}</dd>
      </TermList>
      {texts.paragraphs.map((paragraph, index) => (
        <p key={index} className="mb-4">
          {paragraph}
        </p>
      ))}
      {texts.items.length > 0 && (
        <ul className="mb-8 list-disc pl-6">
          {texts.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      <Section headingId="brev-heading" heading={t("letterHeading")} className="mt-10 rounded border border-border p-6">
        <p className="mb-3">{t("letterHint")}</p>
        <p>
          <a href={`${inbox}/${besked.id}/brev`} type="application/pdf">
            {t("letterLink")}
          </a>
        </p>
      </Section>
    </article>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
