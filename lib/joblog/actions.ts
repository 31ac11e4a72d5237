"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each one
// requires a logged-in citizen and acts on that citizen's own joblog only: the data
// functions find an entry by the session's citizen id, so another citizen's entry id is
// simply not found (and the attempt is logged).

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { citizenAction } from "@/lib/actions";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { createJoblogEntry, createJoblogEntryFromJobAd, deleteJoblogEntry, editJoblogEntry, restoreJoblogEntry } from "./mutations";
import { editJoblogEntrySchema, joblogEntryIdSchema, joblogEntrySchema, saveJobAdSchema } from "./schema";

/** The joblog's list, with the notice a change leaves (`?gemt=<id>`, `?slettet=<id>` …); the list looks the entry up itself. */
function toJoblog(locale: Locale, notice: "gemt" | "rettet" | "slettet" | "gendannet", entryId: string): never {
  // The list and the entry's page must show the change, also on the browser's Back.
  revalidatePath(localizedPath(locale, "/joblog"), "layout");
  redirect(`${localizedPath(locale, "/joblog")}?${notice}=${entryId}`);
}

/** `Gem` on `Tilføj til joblog`: adds the entry and shows the joblog with a notice that it is saved. */
export const createJoblogEntryAction = citizenAction({ schema: joblogEntrySchema, access: "citizen" }, async ({ locale, ...entry }, { citizen }) => {
  const { id } = await createJoblogEntry({ citizenId: citizen.citizenId, entry });
  toJoblog(locale, "gemt", id);
});

/** `Gem ændringer` on an entry's page: saves the changes and shows the joblog with a notice. */
export const editJoblogEntryAction = citizenAction(
  { schema: editJoblogEntrySchema, access: "citizen" },
  async ({ locale, entryId, version, ...entry }, { citizen }) => {
    await editJoblogEntry({ citizenId: citizen.citizenId, entryId, expectedVersion: version, entry });
    toJoblog(locale, "rettet", entryId);
  },
);

/** `Slet` on an entry's page: deletes it and shows the joblog with a notice that says what was deleted, and `Fortryd`. */
export const deleteJoblogEntryAction = citizenAction({ schema: joblogEntryIdSchema, access: "citizen" }, async ({ locale, entryId }, { citizen }) => {
  await deleteJoblogEntry({ citizenId: citizen.citizenId, entryId });
  toJoblog(locale, "slettet", entryId);
});

/** `Fortryd` in the notice after deleting: the entry is back, and the joblog says so. */
export const restoreJoblogEntryAction = citizenAction({ schema: joblogEntryIdSchema, access: "citizen" }, async ({ locale, entryId }, { citizen }) => {
  await restoreJoblogEntry({ citizenId: citizen.citizenId, entryId });
  toJoblog(locale, "gendannet", entryId);
});

/**
 * `Gem i joblog` on a job ad (R3.2): makes an entry from the ad in one step and opens it, with
 * a notice that it was saved; an ad already saved opens the entry made before.
 */
export const saveJobAdToJoblog = citizenAction({ schema: saveJobAdSchema, access: "citizen" }, async ({ locale, jobAdId }, { citizen }) => {
  const { id, created } = await createJoblogEntryFromJobAd({ citizenId: citizen.citizenId, jobAdId });
  revalidatePath(localizedPath(locale, "/joblog"), "layout");
  redirect(`${localizedPath(locale, `/joblog/${id}`)}?fra=${created ? "annonce" : "annonce-gemt"}`);
});
