import type { FaqEntry, YellowNote } from "@/db/schema";

// What an editor can change, per kind of content: the fields a version records and a
// restore brings back. Status is the entry's life (draft, published, withdrawn), not its text.
export const yellowNoteFields = ["titleDa", "titleEn", "bodyDa", "bodyEn", "audience", "placement", "publishFrom", "publishTo"] as const;
export const faqEntryFields = [
  "audience",
  "topicDa",
  "topicEn",
  "questionDa",
  "questionEn",
  "answerDa",
  "answerEn",
  "sortOrder",
  "publishFrom",
  "publishTo",
] as const;

export type YellowNoteSnapshot = Pick<YellowNote, (typeof yellowNoteFields)[number] | "status">;
export type FaqEntrySnapshot = Pick<FaqEntry, (typeof faqEntryFields)[number] | "status">;

/** A row as one version's record: its editable fields and status, with times as ISO strings. */
export function snapshotOf<Row extends { status: string }>(row: Row, fields: readonly (keyof Row)[]): Record<string, unknown> {
  const snapshot: Record<string, unknown> = { status: row.status };
  for (const field of fields) {
    const value = row[field];
    snapshot[field as string] = value instanceof Date ? value.toISOString() : value;
  }
  return snapshot;
}

/** A version's record back as column values, with times as dates again. */
export function columnsOf(snapshot: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = snapshot[field];
      return [field, (field === "publishFrom" || field === "publishTo") && typeof value === "string" ? new Date(value) : (value ?? null)];
    }),
  );
}
