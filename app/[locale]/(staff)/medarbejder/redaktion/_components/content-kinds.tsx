import "server-only";
import type { ReactNode } from "react";
import type { ContentKind } from "@/db/schema";
import { FaqEntry } from "@/app/[locale]/_components/faq-page";
import { YellowNote } from "@/app/[locale]/_components/yellow-notes";
import type { FormAction } from "@/lib/actions";
import {
  changeFaqEntryStatus,
  changeYellowNoteStatus,
  restoreFaqEntryVersion,
  restoreYellowNoteVersion,
  saveFaqEntryAction,
  saveYellowNoteAction,
  type EditorOutcome,
} from "@/lib/content/actions";
import { toDanishLocalTime } from "@/lib/content/danish-time";
import { contentKindAt, contentKinds, type ContentKindLayout } from "@/lib/content/kinds";
import {
  getFaqEntryForEditors,
  getYellowNoteForEditors,
  listFaqEntriesForEditors,
  listYellowNotesForEditors,
  localizeFaqEntry,
  localizeYellowNote,
} from "@/lib/content/queries";
import type { EditorTranslator } from "./field-value";

/** An entry as the editors' pages read it: its life, and its fields by name. */
export type EditorEntry = {
  id: string;
  version: number;
  status: "draft" | "published" | "withdrawn";
  publishFrom: Date | null;
  publishTo: Date | null;
} & Record<string, unknown>;

/** The server's half of a kind of content: where its entries come from, the actions that write them, and its preview. */
interface EditorKind {
  /** One entry, or null (also for an id that is no id at all). */
  get: (where: { id: string }) => Promise<EditorEntry | null>;
  /** Every entry, in the overview's order. */
  list: () => Promise<EditorEntry[]>;
  save: FormAction<EditorOutcome>;
  changeStatus: FormAction;
  restore: FormAction;
  /** Where and to whom the entry shows, in words. */
  where: (entry: EditorEntry, t: EditorTranslator) => string;
  /** The entry in one language, drawn by the component citizens' pages use. */
  preview: (entry: EditorEntry, language: "da" | "en") => ReactNode;
}

// The queries' rows carry each kind's own columns; the pages read them by field name.
type Row<Query extends (...args: never[]) => unknown> = NonNullable<Awaited<ReturnType<Query>>>;
const asYellowNote = (entry: EditorEntry) => entry as unknown as Row<typeof getYellowNoteForEditors>;
const asFaqEntry = (entry: EditorEntry) => entry as unknown as Row<typeof getFaqEntryForEditors>;

const editorKinds: Record<ContentKind, EditorKind> = {
  yellow_note: {
    get: getYellowNoteForEditors,
    list: listYellowNotesForEditors,
    save: saveYellowNoteAction,
    changeStatus: changeYellowNoteStatus,
    restore: restoreYellowNoteVersion,
    where: (entry, t) => t("kinds.yellow_note.where", { placement: t(`placements.${entry.placement}`), audience: t(`audiences.${entry.audience}`) }),
    preview: (entry, language) => (
      <YellowNote note={{ ...localizeYellowNote(asYellowNote(entry), language), id: `${entry.id}-${language}` }} headingLevel={3} />
    ),
  },
  faq_entry: {
    get: getFaqEntryForEditors,
    list: listFaqEntriesForEditors,
    save: saveFaqEntryAction,
    changeStatus: changeFaqEntryStatus,
    restore: restoreFaqEntryVersion,
    where: (entry, t) => t("kinds.faq_entry.where", { audience: t(`audiences.${entry.audience}`) }),
    preview: (entry, language) => {
      const localized = localizeFaqEntry(asFaqEntry(entry), language);
      return (
        <>
          <p className="mb-2 text-muted">{localized.topic}</p>
          <FaqEntry entry={{ ...localized, slug: `${localized.slug}-${language}` }} locale={language} />
        </>
      );
    },
  },
};

type BothHalves = { kind: ContentKind } & EditorKind & ContentKindLayout;
const bothHalves = (kind: ContentKind): BothHalves => ({ kind, ...editorKinds[kind], ...contentKinds[kind] });

/** A kind of content with both halves, or undefined for an address segment that names none. */
export function editorKindAt(path: string): BothHalves | undefined {
  const kind = contentKindAt(path);
  return kind && bothHalves(kind);
}

/** Every kind of content with both halves, in the overview's order. */
export const allEditorKinds: BothHalves[] = (Object.keys(editorKinds) as ContentKind[]).map(bothHalves);

/** An entry's fields as its form's inputs hold them: times in Danish time, numbers as text. */
export function formValuesOf(entry: EditorEntry, fields: readonly string[]): { id: string; version: number } & Record<string, string | number> {
  const values: { id: string; version: number } & Record<string, string | number> = { id: entry.id, version: entry.version };
  for (const field of fields) {
    const value = entry[field];
    values[field] = value instanceof Date || value === null ? toDanishLocalTime(value) : String(value ?? "");
  }
  return values;
}
