import type { ContentKind } from "@/db/schema";
import { faqEntryFields, yellowNoteFields } from "./versions";

// What differs between the kinds of content editors write, as data: the editors' overview, their
// form and their pages are each one piece of code that reads it. No server code here: the form
// in the browser reads it too. Adding a kind: its table and versioned fields (db/schema,
// ./versions.ts), its schema (./schema.ts `entrySchemas`), its actions (./actions.ts), an entry
// here, its messages under `editor.kinds.<kind>`, and its server half (queries, preview) in
// app/[locale]/(staff)/medarbejder/redaktion/_components/content-kinds.tsx.

/** How one field is written: a line, a Markdown text, a choice, a whole number or a Danish date and time. */
export type EditorControl = "text" | "markdown" | "choice" | "number" | "datetime";

export interface EditorField {
  name: string;
  control: EditorControl;
  /** The label's key under `editor.fields`; the field's name when not given. */
  label?: string;
  /** The hint's key under `editor`: Markdown fields get `markdownHint` without asking. */
  hint?: string;
  /** A choice's values, each labelled by `editor.<optionLabels>.<value>`. */
  options?: readonly string[];
  optionLabels?: "audiences" | "placements";
  /** What a new entry starts with. */
  initial?: string;
}

/** A group of fields: under a legend (`editor.danish`, `editor.english`, `editor.showing`), or without one. */
export interface EditorFieldGroup {
  legend?: "danish" | "english" | "showing";
  fields: readonly EditorField[];
}

export interface ContentKindLayout {
  /** The address segment under /medarbejder/redaktion. */
  path: string;
  /** The fields a version records, in the order the conflict panel and the history show them. */
  fields: readonly string[];
  /** The field that names an entry: the overview's link and the edit page's heading. */
  nameField: string;
  /** The overview's columns between the name and the status, each a field and, if not its own, its label's key. */
  columns: readonly { field: string; label?: string }[];
  form: readonly EditorFieldGroup[];
}

const line = (name: string): EditorField => ({ name, control: "text" });
const markdown = (name: string): EditorField => ({ name, control: "markdown" });
const publishWindow: readonly EditorField[] = [
  { name: "publishFrom", control: "datetime", hint: "publishFromHint" },
  { name: "publishTo", control: "datetime", hint: "publishToHint" },
];

export const contentKinds = {
  yellow_note: {
    path: "gule-sedler",
    fields: yellowNoteFields,
    nameField: "titleDa",
    columns: [{ field: "placement" }, { field: "audience" }],
    form: [
      { legend: "danish", fields: [line("titleDa"), markdown("bodyDa")] },
      { legend: "english", fields: [line("titleEn"), markdown("bodyEn")] },
      {
        legend: "showing",
        fields: [
          { name: "audience", control: "choice", options: ["everyone", "logged_out", "logged_in"], optionLabels: "audiences", initial: "everyone" },
          { name: "placement", control: "choice", options: ["front_page", "login_pages"], optionLabels: "placements", initial: "front_page" },
          ...publishWindow,
        ],
      },
    ],
  },
  faq_entry: {
    path: "faq",
    fields: faqEntryFields,
    nameField: "questionDa",
    columns: [{ field: "audience", label: "faqAudience" }, { field: "topicDa" }],
    form: [
      {
        fields: [
          {
            name: "audience",
            control: "choice",
            label: "faqAudience",
            options: ["jobsoegere", "arbejdsgivere"],
            optionLabels: "audiences",
            initial: "jobsoegere",
          },
        ],
      },
      { legend: "danish", fields: [line("topicDa"), line("questionDa"), markdown("answerDa")] },
      { legend: "english", fields: [line("topicEn"), line("questionEn"), markdown("answerEn")] },
      { legend: "showing", fields: [{ name: "sortOrder", control: "number", hint: "sortOrderHint", initial: "100" }, ...publishWindow] },
    ],
  },
} as const satisfies Record<ContentKind, ContentKindLayout>;

export const contentKindNames = Object.keys(contentKinds) as ContentKind[];

/** The kind whose address segment is `path` (`gule-sedler`, `faq`), or undefined. */
export function contentKindAt(path: string): ContentKind | undefined {
  return contentKindNames.find((kind) => contentKinds[kind].path === path);
}

/** The fields of a kind's form, in the order they stand on the page (the error summary's order). */
export function formFieldsOf(kind: ContentKind): string[] {
  return (contentKinds[kind].form as readonly EditorFieldGroup[]).flatMap((group) => group.fields.map((field) => field.name));
}
