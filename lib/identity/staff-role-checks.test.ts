import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { contentVersions, faqEntries, staff, supportRequests, yellowNotes } from "@/db/schema";
import { demoStaff } from "@/lib/demo/demo-data";
import { ForbiddenError } from "@/lib/errors";
import { changeContentStatus, restoreContentVersion, saveFaqEntry, saveYellowNote } from "@/lib/content/mutations";
import { faqEntrySchema, yellowNoteSchema } from "@/lib/content/schema";
import { createSupportRequest, markSupportRequestHandled } from "@/lib/support/mutations";
import { listSupportRequests } from "@/lib/support/queries";
import { withFreshDatabase } from "@/tests/support/database";

// The staff tools' actions check the role (lib/actions.ts); the data functions they call check
// it again, themselves, so a new caller that forgets cannot act for staff it should not.

const { db } = withFreshDatabase({ seed: true });

async function staffIdOf(name: string): Promise<string> {
  const [row] = await db().select({ id: staff.id }).from(staff).where(eq(staff.name, name));
  return row.id;
}

const note = yellowNoteSchema.parse({
  expectedVersion: "0",
  titleDa: "Driftsforstyrrelse",
  titleEn: "Service disruption",
  bodyDa: "Langsomt i aften.",
  bodyEn: "Slow tonight.",
  audience: "everyone",
  placement: "front_page",
});
const entry = faqEntrySchema.parse({
  expectedVersion: "0",
  audience: "jobsoegere",
  topicDa: "Login",
  topicEn: "Login",
  questionDa: "Hvordan logger jeg ind?",
  questionEn: "How do I log in?",
  answerDa: "Med MitID.",
  answerEn: "With MitID.",
  sortOrder: "1",
});

const counts = async () => {
  const [row] = await db()
    .select({
      notes: sql<number>`(select count(*)::int from ${yellowNotes})`,
      entries: sql<number>`(select count(*)::int from ${faqEntries})`,
      versions: sql<number>`(select count(*)::int from ${contentVersions})`,
      handled: sql<number>`(select count(*)::int from ${supportRequests} where ${supportRequests.handledAt} is not null)`,
    })
    .from(sql`(values (1)) as one(x)`);
  return row;
};

/** Everyone but the role's holders: the other demo staff, and a staff id that names no one. */
const withoutRole = (role: string) => [...demoStaff.filter((member) => !member.roles.includes(role as never)).map((member) => member.name), "nobody"];
async function newSupportRequest(): Promise<string> {
  const { reference } = await createSupportRequest({ name: "Karen Ledig", cpr: "0101901234", phone: "12345678", situation: "Ingen MitID" });
  const [row] = await db().select({ id: supportRequests.id }).from(supportRequests).where(eq(supportRequests.reference, reference));
  return row.id;
}
const idOf = async (name: string) => (name === "nobody" ? randomUUID() : staffIdOf(name));

describe("data functions that act for staff check the role themselves", () => {
  test.each(withoutRole("editor"))("X5 %s cannot write, publish or restore the editors' content", async (name) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const editor = await staffIdOf("Rikke Redaktør");
    const written = await saveYellowNote({ input: note, staffId: editor });
    const before = await counts();
    const staffId = await idOf(name);
    await expect(saveYellowNote({ input: note, staffId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveYellowNote({ input: { ...note, id: written.id, expectedVersion: 1 }, staffId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveFaqEntry({ input: entry, staffId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeContentStatus({ kind: "yellow_note", id: written.id, expectedVersion: 1, status: "published", staffId })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(restoreContentVersion({ kind: "yellow_note", id: written.id, version: 1, expectedVersion: 1, staffId })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await counts()).toEqual(before);
    vi.restoreAllMocks();
  });

  test.each(withoutRole("support"))("X5 %s cannot read or handle the special support requests", async (name) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const requestId = await newSupportRequest();
    const before = await counts();
    const staffId = await idOf(name);
    await expect(listSupportRequests({ viewer: { staffId } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markSupportRequestHandled({ requestId, staffId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
    vi.restoreAllMocks();
  });

  test("X5 the role's holders can: an editor saves, a support staff member lists and handles", async () => {
    const editor = await staffIdOf("Rikke Redaktør");
    const saved = await saveFaqEntry({ input: entry, staffId: editor });
    expect(saved.version).toBe(1);
    const support = await staffIdOf("Sofie Support");
    const requestId = await newSupportRequest();
    expect((await listSupportRequests({ viewer: { staffId: support } })).map((row) => row.id)).toContain(requestId);
    expect(await markSupportRequestHandled({ requestId, staffId: support })).toBe(true);
  });

  test("X5 a staff member whose access was ended has no role left", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const editor = await staffIdOf("Rikke Redaktør");
    await db().update(staff).set({ active: false }).where(eq(staff.id, editor));
    await expect(saveYellowNote({ input: note, staffId: editor })).rejects.toBeInstanceOf(ForbiddenError);
    await db().update(staff).set({ active: true }).where(eq(staff.id, editor));
    vi.restoreAllMocks();
  });
});
