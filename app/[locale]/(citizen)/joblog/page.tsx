import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { JoblogWeeks } from "@/app/[locale]/_components/joblog-weeks";
import { ActionForm } from "@/components/action-form";
import { buttonStyles } from "@/components/button";
import { SuccessNotice } from "@/components/notice";
import { SubmitButton } from "@/components/submit-button";
import { TypedText } from "@/components/typed-text";
import { localizedPath } from "@/lib/i18n/routing";
import { restoreJoblogEntryAction } from "@/lib/joblog/actions";
import { getRecentlyDeletedJoblogEntry, listJoblogEntries } from "@/lib/joblog/queries";
import { citizenPage } from "@/lib/pages";

type Notices = { gemt?: string | string[]; rettet?: string | string[]; slettet?: string | string[]; gendannet?: string | string[] };

/** One value of a notice's parameter (`?slettet=<id>`); a parameter given twice names nothing. */
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** What the citizen wrote, inside a translated sentence, marked as Danish. */
const typed = (chunks: ReactNode) => <TypedText>{chunks}</TypedText>;

/**
 * The citizen's joblog (R3.2), `/joblog`: every entry, newest first, week by week with the
 * week's number, dates and count — jobcentre and a-kasse ask for job searches per week — and
 * the way to add one. After a change it says in plain words what happened; after deleting,
 * with `Fortryd`, a form that brings the entry back (it works without JavaScript). The
 * notices name an entry by its id and look it up among the citizen's own.
 */
const page = citizenPage<object, Notices>("joblog.title", async ({ locale, citizen, searchParams }) => {
  const deletedId = one(searchParams.slettet);
  const [t, entries, deleted] = await Promise.all([
    getTranslations("joblog"),
    listJoblogEntries({ citizenId: citizen.citizenId }),
    deletedId ? getRecentlyDeletedJoblogEntry({ citizenId: citizen.citizenId, entryId: deletedId }) : null,
  ]);
  const joblog = localizedPath(locale, "/joblog");
  const find = (id: string | undefined) => (id ? entries.find((entry) => entry.id === id) : undefined);
  const created = find(one(searchParams.gemt));
  const edited = find(one(searchParams.rettet));
  const restored = find(one(searchParams.gendannet));

  let notice: ReactNode = null;
  if (deleted) {
    notice = (
      <div role="status" className="mb-8 max-w-prose border-l-8 border-[#00703c] bg-[#e6f4ea] p-4">
        <p className="mb-2 font-semibold">{t.rich("notices.deleted", { title: deleted.title, employer: deleted.employer, entry: typed })}</p>
        <p className="mb-4">{t("notices.deletedUndo")}</p>
        <ActionForm action={restoreJoblogEntryAction} fields={{ locale, entryId: deleted.id }}>
          <SubmitButton variant="secondary">{t("notices.undo")}</SubmitButton>
        </ActionForm>
      </div>
    );
  } else if (created) {
    notice = <SuccessNotice>{t.rich("notices.created", { title: created.title, entry: typed })}</SuccessNotice>;
  } else if (edited) {
    notice = <SuccessNotice>{t.rich("notices.edited", { title: edited.title, entry: typed })}</SuccessNotice>;
  } else if (restored) {
    notice = <SuccessNotice>{t.rich("notices.restored", { title: restored.title, entry: typed })}</SuccessNotice>;
  }

  return (
    <div className="max-w-3xl">
      {notice}
      <h1 className="mb-6">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t.rich("intro", { da: (chunks) => <span lang="da">{chunks}</span> })}</p>
      <p className="mb-10">
        <a href={`${joblog}/ny`} className={buttonStyles.primary}>
          {t("add")}
        </a>
      </p>
      {entries.length === 0 ? (
        <p className="max-w-prose">{t("empty")}</p>
      ) : (
        <JoblogWeeks entries={entries} headingLevel={2} changeHref={(id) => `${joblog}/${id}`} />
      )}
    </div>
  );
});

export default page.Page;
export const generateMetadata = page.generateMetadata;
