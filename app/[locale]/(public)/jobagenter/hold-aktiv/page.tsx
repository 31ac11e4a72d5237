import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { keepJobAgentAlive } from "@/lib/jobagents/mutations";
import { publicPage } from "@/lib/pages";

/**
 * The keep-alive link of a job agent's e-mail (R3.4), `/jobagenter/hold-aktiv?token=…`: works
 * without logging in. A valid `jobagent-keep` token counts as use of its agent, so
 * housekeeping does not delete it; an expired or changed token, or a deleted agent, gets a
 * plain page that says so (400) and the way to log in.
 */
const page = publicPage<object, { token?: string | string[] }>("form", async ({ locale, searchParams }) => {
  const t = await getTranslations("jobagents.keep");
  const token = typeof searchParams.token === "string" ? searchParams.token.slice(0, 1000) : "";
  const kept = token !== "" && (await keepJobAgentAlive({ token }));
  if (!kept) setResponseStatus(400);
  const heading = kept ? t("title") : t("invalidTitle");
  return (
    <MessagePage heading={heading} link={{ href: localizedPath(locale, "/jobagenter"), label: t("link") }}>
      <title>{await documentTitle(locale, heading)}</title>
      <p className="mb-6">{kept ? t("text") : t("invalid")}</p>
    </MessagePage>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
