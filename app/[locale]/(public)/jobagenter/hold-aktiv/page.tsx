import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { isJobAgentKeepLinkValid } from "@/lib/jobagents/queries";
import { publicPage } from "@/lib/pages";
import { KeepJobAgentForm } from "./keep-form";

/**
 * The keep-alive link of a job agent's warning (R3.4), `/jobagenter/hold-aktiv?token=…`: works
 * without logging in. The page only checks the token and asks; the `Behold jobagenten` button's
 * post keeps the agent (the action checks the token again), because mail scanners open every
 * link. An expired or changed token, or a deleted agent, gets a plain page that says so (400)
 * and the way to log in.
 */
const page = publicPage<object, { token?: string | string[] }>("form", async ({ locale, searchParams }) => {
  const t = await getTranslations("jobagents.keep");
  const token = typeof searchParams.token === "string" ? searchParams.token.slice(0, 1000) : "";
  const valid = token !== "" && (await isJobAgentKeepLinkValid({ token }));
  if (!valid) {
    setResponseStatus(400);
    const heading = t("invalidTitle");
    return (
      <MessagePage heading={heading} link={{ href: localizedPath(locale, "/jobagenter"), label: t("link") }}>
        <title>{await documentTitle(locale, heading)}</title>
        <p className="mb-6">{t("invalid")}</p>
      </MessagePage>
    );
  }
  const heading = t("button");
  return (
    <div className="max-w-prose">
      <title>{await documentTitle(locale, heading)}</title>
      <h1 className="mb-6">{heading}</h1>
      <p className="mb-8">{t("question")}</p>
      <KeepJobAgentForm locale={locale} token={token} texts={{ button: t("button"), done: `${t("title")}. ${t("text")}` }} />
      <p className="mt-8">
        <a href={localizedPath(locale, "/jobagenter")}>{t("link")}</a>
      </p>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
