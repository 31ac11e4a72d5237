import "server-only";
import { getTranslations } from "next-intl/server";
import { JOBLOG_KINDS, JOBLOG_STATUSES } from "@/lib/joblog/options";
import type { JoblogEntryFormText } from "./entry-form";

/** The entry form's labels, hints and choices in the page's language, translated on the server. */
export async function joblogEntryFormText(): Promise<JoblogEntryFormText> {
  const t = await getTranslations("joblog");
  return {
    characters: t("form.characters"),
    title: t("form.title"),
    titleHint: t("form.titleHint"),
    employer: t("form.employer"),
    address: t("form.address"),
    street: t("form.street"),
    postcode: t("form.postcode"),
    postcodeHint: t("form.postcodeHint"),
    city: t("form.city"),
    appliedOn: t("form.appliedOn"),
    appliedOnHint: t("form.appliedOnHint"),
    status: t("form.status"),
    kind: t("form.kind"),
    note: t("form.note"),
    noteHint: t("form.noteHint"),
    back: t("form.back"),
    statuses: JOBLOG_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) })),
    kinds: JOBLOG_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
  };
}
