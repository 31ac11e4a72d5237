import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { citizens, joblogEntryVersions } from "@/db/schema";
import { danishDay } from "@/lib/content/danish-time";
import { isStorableText } from "@/lib/validation";
import { withFreshDatabase } from "@/tests/support/database";
import { createJoblogEntry, editJoblogEntry } from "./mutations";
import { getJoblogEntry } from "./queries";
import { joblogEntrySchema } from "./schema";
import { cleanJoblogText } from "./text";

// R3.2: an entry saves with any characters, except that `<` and `>` are removed. The texts are
// made of what breaks naive handling — markup, entities, quotes, right-to-left marks, emoji
// joined by zero-width joiners, combining marks, whitespace of every kind — and of arbitrary
// Unicode, all of it text the form accepts (no NUL, no unpaired surrogate).
const tricky = fc.constantFrom(
  "<",
  ">",
  "<>",
  "<b>",
  "</b>",
  "<script>alert(1)</script>",
  "&",
  "&amp;",
  "&lt;",
  "&#60;",
  '"',
  "'",
  "`",
  "«",
  "»",
  "„",
  "“",
  "’",
  "\u200F", // right-to-left mark
  "\u202E", // right-to-left override
  "\u200E",
  "\u2066",
  "\u2069",
  "\u200B",
  "\u200D",
  "\uFEFF",
  "e\u0301",
  "a\u0308\u0323",
  "👩‍👩‍👧‍👦",
  "🇩🇰",
  "👍🏽",
  "Æ",
  "ø",
  "Å",
  "ß",
  "ﷺ",
  "עברית",
  "العربية",
  "漢字",
  "{name}",
  "%s",
  "\\",
  "'; drop table joblog_entries; --",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00A0",
  "\u2028",
);
const piece = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }).filter(isStorableText) },
);
const anyText = (maxLength: number) =>
  fc
    .array(piece, { maxLength: 10 })
    .map((pieces) => pieces.join(""))
    .filter((value) => value.length <= maxLength);
/** A text that says something besides `<`, `>` and spaces, as the job and the employer must. */
const someText = (maxLength: number) =>
  fc
    .tuple(anyText(maxLength), fc.constantFrom("Tømrer", "Ø", "😀", "x", "\u05D0"), anyText(maxLength))
    .map((parts) => parts.join(""))
    .filter((value) => value.length <= maxLength);

const texts = fc.record({
  title: someText(200),
  employer: someText(200),
  street: anyText(200),
  city: anyText(100),
  note: anyText(2000),
});

describe("the joblog's one rule for text", () => {
  const { db } = withFreshDatabase();

  test("R3.2 whatever a citizen writes, creating and then changing an entry reads back exactly what they wrote, less `<` and `>`", async () => {
    const [citizen] = await db().insert(citizens).values({ cpr: "3112999999", name: "Test Tegn" }).returning({ id: citizens.id });
    const base = { postcode: "8000", appliedOn: danishDay(new Date()), status: "sendt", kind: "andet" };
    const expectCleaned = (saved: Record<string, unknown> | null, written: Record<string, string>) => {
      for (const field of ["title", "employer", "street", "city", "note"]) {
        expect(saved?.[field], field).toBe(written[field].replace(/[<>]/g, ""));
        expect(saved?.[field], field).toBe(cleanJoblogText(written[field]));
      }
    };

    await fc.assert(
      fc.asyncProperty(texts, texts, async (first, second) => {
        // The form's own schema takes both as they are written.
        const created = joblogEntrySchema.safeParse({ ...base, ...first });
        expect(created.success).toBe(true);
        expect(created.data).toMatchObject(first);
        const { id } = await createJoblogEntry({ citizenId: citizen.id, entry: created.data! });
        const afterCreate = await getJoblogEntry({ citizenId: citizen.id, entryId: id });
        expectCleaned(afterCreate, first);

        const edited = joblogEntrySchema.safeParse({ ...base, ...second });
        expect(edited.success).toBe(true);
        await editJoblogEntry({ citizenId: citizen.id, entryId: id, expectedVersion: afterCreate!.version, entry: edited.data! });
        const afterEdit = await getJoblogEntry({ citizenId: citizen.id, entryId: id });
        expectCleaned(afterEdit, second);

        // The history keeps the same texts.
        const versions = await db().select().from(joblogEntryVersions).where(eq(joblogEntryVersions.entryId, id));
        const latest = versions.reduce((a, b) => (a.version > b.version ? a : b));
        expectCleaned(latest.snapshot, second);
      }),
      { numRuns: 60 },
    );
  });

  test("R3.2 a text that starts with a byte-order mark (U+FEFF, as text pasted from some programs does) keeps it, on both databases", async () => {
    const [citizen] = await db().insert(citizens).values({ cpr: "3112999998", name: "Test Tegn" }).returning({ id: citizens.id });
    const written = { title: "\uFEFFTømrer", employer: "\uFEFF<b>Byg</b>", street: "\uFEFF", city: "\uFEFFAarhus", note: "\uFEFF\uFEFF" };
    const entry = joblogEntrySchema.parse({ ...written, postcode: "", appliedOn: danishDay(new Date()), status: "planlagt", kind: "andet" });
    const { id } = await createJoblogEntry({ citizenId: citizen.id, entry });
    expect(await getJoblogEntry({ citizenId: citizen.id, entryId: id })).toMatchObject({ ...written, employer: "\uFEFFbByg/b" });
  });
});
