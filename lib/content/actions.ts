"use server";
// Every export of this file is a server action: a public endpoint anyone can call. Each
// one checks on the server that the caller is a staff member with the editor role.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setResponseStatus } from "@/lib/http/request-context";
import type { ActionResult } from "@/lib/actions";
import { staffAction } from "@/lib/actions";
import { CACHED_PAGES_ROUTE } from "@/lib/http/cached-pages";
import { localizedPath } from "@/lib/i18n/routing";
import type { ContentKind } from "@/db/schema";
import { contentKinds } from "./kinds";
import { changeContentStatus, ContentConflictError, restoreContentVersion, saveFaqEntry, saveYellowNote, type SavedVersion } from "./mutations";
import { faqEntrySchema, restoreSchema, statusChangeSchema, yellowNoteSchema } from "./schema";

/** What an editor's form hears back when someone else saved first: their version. */
export interface EditorOutcome {
  conflict?: SavedVersion;
}

/**
 * Runs a write, has the cached public pages made again, and opens the entry's page again,
 * saying which version was saved; the page then shows that version everywhere, the form
 * included. A conflict instead comes back to
 * the form with the other editor's version, and the version the editor may now
 * deliberately overwrite. Publishing, withdrawing and restoring have no text of the editor's
 * own to weigh against it, so they say to reload the page instead (`onConflict: "reload"`).
 */
async function writeThenReopen<Values extends { expectedVersion?: unknown; locale: string }>(
  kind: ContentKind,
  values: Values,
  write: () => Promise<{ id: string; version: number }>,
  onConflict: "compare" | "reload" = "compare",
): Promise<ActionResult<Values, EditorOutcome>> {
  let saved: { id: string; version: number };
  try {
    saved = await write();
  } catch (error) {
    if (!(error instanceof ContentConflictError)) throw error;
    setResponseStatus(409);
    return {
      status: "error",
      fieldErrors: { _form: [onConflict === "compare" ? "editor.errors.conflict" : "editor.errors.conflictReload"] },
      values: { ...values, expectedVersion: error.current.version },
      data: { conflict: error.current },
    };
  }
  // The cached public pages show yellow notes and FAQ entries: they are made again at once.
  revalidatePath(CACHED_PAGES_ROUTE, "layout");
  redirect(localizedPath(values.locale, `/medarbejder/redaktion/${contentKinds[kind].path}/${saved.id}?gemt=${saved.version}`));
}

const editor = ["editor" as const];

/** Creates a yellow note as a draft, or saves a new version of it. */
export const saveYellowNoteAction = staffAction({ schema: yellowNoteSchema, roles: editor, name: "saveYellowNoteAction" }, async (input, { staff }) =>
  writeThenReopen("yellow_note", input, () => saveYellowNote({ input, staffId: staff.staffId })),
);

/** Creates a FAQ entry as a draft, or saves a new version of it. */
export const saveFaqEntryAction = staffAction({ schema: faqEntrySchema, roles: editor, name: "saveFaqEntryAction" }, async (input, { staff }) =>
  writeThenReopen("faq_entry", input, () => saveFaqEntry({ input, staffId: staff.staffId })),
);

/** Publishes or withdraws a yellow note. */
export const changeYellowNoteStatus = staffAction({ schema: statusChangeSchema, roles: editor, name: "changeYellowNoteStatus" }, async (input, { staff }) =>
  writeThenReopen("yellow_note", input, () => changeContentStatus({ kind: "yellow_note", ...input, staffId: staff.staffId }), "reload"),
);

/** Publishes or withdraws a FAQ entry. */
export const changeFaqEntryStatus = staffAction({ schema: statusChangeSchema, roles: editor, name: "changeFaqEntryStatus" }, async (input, { staff }) =>
  writeThenReopen("faq_entry", input, () => changeContentStatus({ kind: "faq_entry", ...input, staffId: staff.staffId }), "reload"),
);

/** Brings back an earlier version of a yellow note's text. */
export const restoreYellowNoteVersion = staffAction({ schema: restoreSchema, roles: editor, name: "restoreYellowNoteVersion" }, async (input, { staff }) =>
  writeThenReopen("yellow_note", input, () => restoreContentVersion({ kind: "yellow_note", ...input, staffId: staff.staffId }), "reload"),
);

/** Brings back an earlier version of a FAQ entry's text. */
export const restoreFaqEntryVersion = staffAction({ schema: restoreSchema, roles: editor, name: "restoreFaqEntryVersion" }, async (input, { staff }) =>
  writeThenReopen("faq_entry", input, () => restoreContentVersion({ kind: "faq_entry", ...input, staffId: staff.staffId }), "reload"),
);
