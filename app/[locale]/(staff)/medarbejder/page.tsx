import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/pages";

/** The staff front page: the tools the staff member's roles open. */
const page = staffPage([], "staff.home.title", async ({ locale, staff }) => {
  const t = await getTranslations("staff");
  const tools = [
    staff.roles.includes("support") && { href: localizedPath(locale, "/medarbejder/support"), text: t("home.supportTool") },
    staff.roles.includes("caseworker") && { href: localizedPath(locale, "/medarbejder/jobcenter"), text: t("home.jobcenterTool") },
    staff.roles.includes("editor") && { href: localizedPath(locale, "/medarbejder/redaktion"), text: t("home.editorTool") },
  ].filter((tool): tool is { href: string; text: string } => Boolean(tool));
  return (
    <div className="max-w-prose">
      <h1 className="mb-6">{t("home.welcome", { name: staff.name })}</h1>
      <h2 className="mb-2 text-xl">{t("home.yourRoles")}</h2>
      <ul className="mb-8 list-disc pl-6">
        {staff.roles.map((role) => (
          <li key={role}>{t(`roles.${role}`)}</li>
        ))}
      </ul>
      <h2 className="mb-2 text-xl">{t("home.tools")}</h2>
      {tools.length === 0 ? (
        <p>{t("home.noTools")}</p>
      ) : (
        <ul className="list-none space-y-2">
          {tools.map((tool) => (
            <li key={tool.href}>
              <a href={tool.href}>{tool.text}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
