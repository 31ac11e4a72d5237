import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { MessagePage } from "@/components/message-page";
import { SuccessNotice } from "@/components/notice";
import { Section } from "@/components/section";
import { SubmitButton } from "@/components/submit-button";
import { setResponseStatus } from "@/lib/http/request-context";
import { documentTitle } from "@/lib/i18n/metadata";
import { localizedPath } from "@/lib/i18n/routing";
import { deleteJoblogEntryAction } from "@/lib/joblog/actions";
import { getJoblogEntry } from "@/lib/joblog/queries";
import { citizenPage } from "@/lib/pages";
import { JoblogEntryForm } from "../_components/entry-form";
import { joblogEntryFormText } from "../_components/form-text";

/**
 * One entry of the citizen's joblog (R3.2), `/joblog/<id>`: change it, delete it (which can
 * be undone from the joblog), and see when it was made and changed. Coming from `Gem i joblog`
 * on a job ad (`?fra=annonce`), it says the job was saved. An entry that is not the citizen's
 * own, or is deleted, is not found (404).
 */
const page = citizenPage<{ id: string }, { fra?: string | string[] }>("form", async ({ locale, citizen, params, searchParams }) => {
  const [t, format, entry] = await Promise.all([
    getTranslations("joblog"),
    getFormatter(),
    getJoblogEntry({ citizenId: citizen.citizenId, entryId: params.id }),
  ]);
  const joblog = localizedPath(locale, "/joblog");
  if (!entry) {
    setResponseStatus(404);
    return (
      <MessagePage heading={t("notFoundTitle")} link={{ href: joblog, label: t("form.back") }}>
        <title>{await documentTitle(locale, t("notFoundTitle"))}</title>
        <p className="mb-6">{t("notFound")}</p>
      </MessagePage>
    );
  }
  const fromAd = searchParams.fra === "annonce" ? t("notices.fromAd") : searchParams.fra === "annonce-gemt" ? t("notices.fromAdAgain") : null;
  return (
    <div className="max-w-prose">
      <JoblogEntryForm
        locale={locale}
        page={{
          documentTitle: await documentTitle(locale, t("editTitle")),
          heading: t("editTitle"),
          intro: fromAd && <SuccessNotice>{fromAd}</SuccessNotice>,
        }}
        text={await joblogEntryFormText()}
        start={{
          title: entry.title,
          employer: entry.employer,
          street: entry.street,
          postcode: entry.postcode,
          city: entry.city,
          appliedOn: entry.appliedOn,
          status: entry.status,
          kind: entry.kind,
          note: entry.note,
        }}
        edit={{ entryId: entry.id, version: entry.version }}
        submitLabel={t("form.save")}
        backHref={joblog}
      />
      <Section headingId="slet-heading" heading={t("delete.heading")} className="mt-12 rounded border border-border p-6">
        <p className="mb-4">{t("delete.text")}</p>
        <ActionForm action={deleteJoblogEntryAction} fields={{ locale, entryId: entry.id }}>
          <SubmitButton variant="danger">{t("delete.button")}</SubmitButton>
        </ActionForm>
      </Section>
      <Section headingId="aendringer-heading" heading={t("history.heading")} className="mt-10">
        <ul className="list-none space-y-1">
          {entry.history.map((change) => (
            <li key={change.version}>
              {t("history.line", {
                change: t(`history.${change.change}`),
                date: format.dateTime(change.changedAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
              })}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
