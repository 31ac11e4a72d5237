import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SupportSearchForm } from "@/app/[locale]/(staff)/medarbejder/_components/staff-forms";
import { SubmitButton } from "@/components/submit-button";
import { TermList } from "@/components/term-list";
import { TypedText } from "@/components/typed-text";
import { handleSupportRequest } from "@/lib/support/staff-actions";
import { listSupportRequests } from "@/lib/support/queries";
import { staffPage } from "@/lib/pages";
import { Section } from "@/components/section";

/** Support tools: find a citizen by CPR or username, and the queue of special support requests (R1.8). */
const page = staffPage(["support"], "staff.support.title", async ({ locale, staff }) => {
  const [t, format, requests] = await Promise.all([getTranslations("staff"), getFormatter(), listSupportRequests({ viewer: staff })]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6">{t("support.title")}</h1>
      <Section headingId="search-heading" heading={t("citizen.search")} className="mb-12 max-w-prose">
        <SupportSearchForm locale={locale} />
      </Section>
      <Section headingId="requests-heading" heading={t("support.requests")}>
        {requests.length === 0 ? (
          <p>{t("support.noRequests")}</p>
        ) : (
          <ul className="list-none space-y-4">
            {requests.map((request) => (
              <li key={request.id} className="rounded border border-border p-4">
                <h3 className="mb-2 font-semibold">
                  {request.reference}: {request.name}
                </h3>
                <TermList className="mb-3">
                  <dt className="font-semibold">{t("support.requestReceived")}</dt>
                  <dd>{date(request.createdAt)}</dd>
                  <dt className="font-semibold">{t("support.requestPhone")}</dt>
                  <dd>
                    <a href={`tel:+45${request.phone}`}>{request.phone}</a>
                  </dd>
                  <dt className="font-semibold">{t("support.requestSituation")}</dt>
                  <TypedText as="dd" className="whitespace-pre-line">
                    {request.situation}
                  </TypedText>
                  <dt className="font-semibold">{t("support.requestStatus")}</dt>
                  <dd>
                    {request.handledAt
                      ? t("support.requestHandled", { date: date(request.handledAt), name: request.handledByName ?? "" })
                      : t("support.requestOpen")}
                  </dd>
                </TermList>
                {!request.handledAt && (
                  <ActionForm action={handleSupportRequest} fields={{ requestId: request.id }}>
                    <SubmitButton variant="secondary">
                      {t("support.markHandled")}
                      <span className="sr-only">: {request.reference}</span>
                    </SubmitButton>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
