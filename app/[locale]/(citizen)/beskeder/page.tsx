import { getTranslations } from "next-intl/server";
import { formatDanishDate } from "@/lib/content/danish-time";
import { localizedPath } from "@/lib/i18n/routing";
import { listBeskeder } from "@/lib/messages/queries";
import { letterTexts } from "@/lib/messages/texts";
import { citizenPage } from "@/lib/pages";

/**
 * `Min beskedbakke` (R4.1), `/beskeder`: the messages and letters the jobcenter sent the
 * citizen, newest first, each with its subject in the page's language, who sent it and when.
 * An unread message says so in words (seen and heard), and its subject is bold; its link's
 * name says so too, for a screen reader moving from link to link. The list has a heading of
 * its own, so it can be reached by heading as well as by its name.
 */
const page = citizenPage("beskeder.title", async ({ locale, citizen }) => {
  const [t, beskeder] = await Promise.all([getTranslations("beskeder"), listBeskeder({ citizenId: citizen.citizenId })]);
  const inbox = localizedPath(locale, "/beskeder");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-8 max-w-prose">{t("intro")}</p>
      {beskeder.length === 0 ? (
        <p className="max-w-prose">{t("empty")}</p>
      ) : (
        <>
          <h2 id="beskeder-list-heading" className="mb-4 text-xl">
            {t("listHeading")}
          </h2>
          <ul aria-labelledby="beskeder-list-heading" className="list-none divide-y divide-border border-y border-border">
            {beskeder.map((besked) => {
              const texts = letterTexts(besked.kind, besked.params, locale);
              const unread = besked.readAt === null;
              return (
                <li key={besked.id} className={`py-4 ${unread ? "border-l-4 border-primary pl-3" : "pl-4"}`}>
                  <a href={`${inbox}/${besked.id}`} className={unread ? "font-bold" : undefined}>
                    {texts.subject}
                    {unread && <span className="sr-only">{t("unreadInLink")}</span>}
                  </a>
                  {/* Seen here; heard in the link's name just before, so not twice. */}
                  {unread && (
                    <span aria-hidden="true" className="ml-2 inline-block rounded bg-primary px-2 py-0.5 align-middle text-sm font-bold text-white">
                      {t("unread")}
                    </span>
                  )}
                  <p className="mt-1 text-muted">
                    {texts.sender} · {t("received", { date: formatDanishDate(besked.createdAt, locale) })}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
