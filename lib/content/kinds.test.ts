import { describe, expect, test } from "vitest";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { contentKindAt, contentKindNames, contentKinds, formFieldsOf, type ContentKindLayout, type EditorFieldGroup } from "./kinds";
import { entrySchemas } from "./schema";

const messageAt = (messages: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), messages);

/** Every message key a kind's editor pages read, under `editor`. */
function keysOf(kind: (typeof contentKindNames)[number]): string[] {
  const layout: ContentKindLayout = contentKinds[kind];
  const fields = (layout.form as readonly EditorFieldGroup[]).flatMap((group) => group.fields);
  return [
    ...["heading", "new", "none", "edit", "named", "where"].map((key) => `kinds.${kind}.${key}`),
    ...layout.form.flatMap((group) => (group.legend ? [group.legend] : [])),
    ...fields.map((field) => `fields.${field.label ?? field.name}`),
    ...fields.flatMap((field) => (field.hint ? [field.hint] : [])),
    ...fields.flatMap((field) => (field.options ?? []).map((option) => `${field.optionLabels}.${option}`)),
    ...layout.fields.map((field) => `fields.${field}`),
    ...layout.columns.map((column) => `fields.${column.label ?? column.field}`),
  ];
}

describe("the kinds of content editors write", () => {
  test.each(contentKindNames)("R2.1 %s: the form has exactly the fields its schema checks and its versions record", (kind) => {
    const form = formFieldsOf(kind);
    expect(new Set(form).size).toBe(form.length);
    const checked = Object.keys(entrySchemas[kind].shape).filter((key) => !["id", "expectedVersion", "locale"].includes(key));
    expect([...form].sort()).toEqual([...checked].sort());
    expect([...form].sort()).toEqual([...contentKinds[kind].fields].sort());
    expect(form).toContain(contentKinds[kind].nameField);
    for (const column of contentKinds[kind].columns) expect(form).toContain(column.field);
  });

  test.each(contentKindNames)("R2.1 X2 %s: every label, hint, choice and heading its pages show has a Danish and an English text", (kind) => {
    const missing = keysOf(kind).flatMap((key) =>
      (["da", "en"] as const)
        .filter((language) => typeof messageAt(language === "da" ? da : en, `editor.${key}`) !== "string")
        .map((l) => `${l}: editor.${key}`),
    );
    expect(missing).toEqual([]);
  });

  test("R2.1 each kind has an address of its own, and only those addresses name a kind", () => {
    const paths = contentKindNames.map((kind) => contentKinds[kind].path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const kind of contentKindNames) expect(contentKindAt(contentKinds[kind].path)).toBe(kind);
    for (const other of ["", "ny", "FAQ", "gule_sedler", "yellow_note", "faq_entry", "../faq"]) expect(contentKindAt(other)).toBeUndefined();
  });

  test("R2.1 a choice's first-offered value is one its schema accepts", () => {
    for (const kind of contentKindNames) {
      const fields = (contentKinds[kind].form as readonly EditorFieldGroup[]).flatMap((group) => group.fields);
      for (const field of fields.filter((f) => f.control === "choice")) {
        const shape = entrySchemas[kind].shape as Record<string, { safeParse: (value: unknown) => { success: boolean } }>;
        for (const option of [...(field.options ?? []), field.initial]) expect(shape[field.name].safeParse(option).success).toBe(true);
      }
    }
  });
});
