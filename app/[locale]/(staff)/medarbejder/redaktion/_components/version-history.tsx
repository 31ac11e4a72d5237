import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import type { FormAction } from "@/lib/actions";
import { formatDanishTime } from "@/lib/content/danish-time";
import type { VersionRecord } from "@/lib/content/queries";
import { describeFieldValue, languageOfField, type EditorTranslator } from "./field-value";
import { Section } from "@/components/section";

/** Every saved version of an entry, newest first: who, when, the text, and a way to bring it back. */
export async function VersionHistory({
  id,
  formKey,
  currentVersion,
  versions,
  fields,
  action,
}: {
  id: string;
  /** Changes with each successful write, so a message from before it does not linger. */
  formKey: string;
  currentVersion: number;
  versions: VersionRecord[];
  fields: readonly string[];
  action: FormAction;
}) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const shown = (field: string, value: unknown) => describeFieldValue(field, value, { t: t as EditorTranslator, locale });
  return (
    <Section headingId="history-heading" heading={t("history.heading")} className="mb-10">
      <ol className="list-none space-y-4">
        {versions.map((version) => (
          <li key={version.version} className="rounded border border-border p-4">
            <h3 className="font-semibold">
              {t("history.version", { version: version.version })}: {t(`history.changes.${version.change}` as "history.changes.created")}
            </h3>
            <p className="mb-2">
              {version.savedByName
                ? t("history.savedBy", { name: version.savedByName, date: formatDanishTime(version.savedAt, locale) })
                : t("history.savedWithoutEditor", { date: formatDanishTime(version.savedAt, locale) })}
            </p>
            <details className="mb-3">
              <summary className="cursor-pointer text-primary underline">{t("history.showText", { version: version.version })}</summary>
              <dl className="mt-2 space-y-2">
                <div>
                  <dt className="font-semibold">{t("status")}</dt>
                  <dd>{t(`statuses.${version.snapshot.status}` as "statuses.draft")}</dd>
                </div>
                {fields.map((field) => (
                  <div key={field}>
                    <dt className="font-semibold">{t(`fields.${field}` as "fields.titleDa")}</dt>
                    <dd lang={languageOfField(field)} className="whitespace-pre-line">
                      {shown(field, version.snapshot[field])}
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
            {version.version !== currentVersion && (
              <ActionForm key={formKey} action={action} fields={{ id, expectedVersion: String(currentVersion), version: String(version.version), locale }}>
                <SubmitButton variant="secondary">{t("history.restore", { version: version.version })}</SubmitButton>
              </ActionForm>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
