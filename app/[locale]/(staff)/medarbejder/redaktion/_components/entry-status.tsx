import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { TermList } from "@/components/term-list";
import type { FormAction } from "@/lib/actions";
import { describePublishWindow, type EditorTranslator } from "./field-value";
import { Section } from "@/components/section";

/**
 * An entry's life at a glance — status, window, version — with the one next step its status
 * allows: publish a draft, withdraw what is published, publish again what was withdrawn.
 */
export async function EntryStatus({
  entry,
  formKey,
  action,
  previewHref,
}: {
  entry: { id: string; version: number; status: "draft" | "published" | "withdrawn"; publishFrom: Date | null; publishTo: Date | null };
  /** Changes with each successful write, so a message from before it does not linger. */
  formKey: string;
  action: FormAction;
  previewHref: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const next = entry.status === "published" ? "withdrawn" : "published";
  return (
    <Section headingId="status-heading" heading={t("statusHeading")} className="mb-10 rounded border border-border p-6">
      <TermList className="mb-4">
        <dt className="font-semibold">{t("status")}</dt>
        <dd data-testid="entry-status">{t(`statuses.${entry.status}`)}</dd>
        <dt className="font-semibold">{t("window.label")}</dt>
        <dd>{describePublishWindow(entry, { t: t as EditorTranslator, locale })}</dd>
        <dt className="font-semibold">{t("version")}</dt>
        <dd>{entry.version}</dd>
      </TermList>
      <div className="flex flex-wrap items-start gap-4">
        <ActionForm key={formKey} action={action} fields={{ id: entry.id, expectedVersion: String(entry.version), status: next, locale }}>
          <SubmitButton variant={next === "withdrawn" ? "danger" : "primary"}>
            {next === "withdrawn" ? t("withdraw") : entry.status === "withdrawn" ? t("republish") : t("publish")}
          </SubmitButton>
        </ActionForm>
        <a href={previewHref} className="self-center">
          {t("preview")}
        </a>
      </div>
    </Section>
  );
}
