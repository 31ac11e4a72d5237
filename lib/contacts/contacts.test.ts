import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditLog, citizens, contactPersons, staff } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { withFreshDatabase } from "@/tests/support/database";
import { addContactPerson, removeContactPerson } from "./mutations";
import { formatPhone } from "./phone";
import { listContactPersons } from "./queries";
import { contactPersonSchema } from "./schema";

const { db } = withFreshDatabase({ seed: true });

/** Reads made by the portal itself, which reaches every citizen (lib/identity/scope.ts). */
const portal = { kind: "system" as const, id: null };

async function idOf(table: typeof citizens | typeof staff, name: string): Promise<string> {
  const [row] = await db().select({ id: table.id }).from(table).where(eq(table.name, name));
  return row.id;
}

describe("contact persons", () => {
  test("R2.2 Anna Andersen's caseworker and mentor come with phone and e-mail", async () => {
    const contacts = await listContactPersons({ citizenId: await idOf(citizens, "Anna Andersen"), viewer: portal });
    expect(contacts).toEqual([
      expect.objectContaining({ role: "caseworker", name: "Jens Jobcenter", phone: "+4570123456", email: "jens.jobcenter@kk.example.dk" }),
      expect.objectContaining({ role: "mentor", name: "Mette Mentor", phone: "+4512345678", email: "mette.mentor@example.dk" }),
    ]);
    expect(formatPhone("+4512345678")).toBe("+45 12 34 56 78");
    expect(formatPhone("+46701234567")).toBe("+46 70 123 45 67");
  });

  test("R2.2 a caseworker registers a mentor: a Danish number is stored with its country code, and the change is audit-logged", async () => {
    const citizenId = await idOf(citizens, "Carl Ny");
    const jens = await idOf(staff, "Jens Jobcenter");
    const input = contactPersonSchema.parse({ citizenId, role: "mentor", name: " Mie Mentor ", phone: "87 65 43 21", email: "mie@example.dk" });
    await addContactPerson({ input, staffId: jens });
    expect(await listContactPersons({ citizenId, viewer: portal })).toEqual([
      expect.objectContaining({ role: "mentor", name: "Mie Mentor", organisation: null, phone: "+4587654321", email: "mie@example.dk" }),
    ]);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectCitizenId, citizenId), eq(auditLog.action, "contact_person.added")));
    expect(entry).toMatchObject({ actorKind: "staff", actorId: jens, details: { role: "mentor", name: "Mie Mentor" } });
  });

  test("R2.2 a mentor may have no contact details at all", async () => {
    const citizenId = await idOf(citizens, "Dorte Fleks");
    const [mentor] = (await listContactPersons({ citizenId, viewer: portal })).filter((contact) => contact.role === "mentor");
    expect(mentor).toMatchObject({ name: "Morten Mentor", phone: null, email: null });
  });

  test("R2.2 X4 a phone number or e-mail that is not one is refused with its own message", () => {
    const citizenId = "00000000-0000-4000-8000-000000000001";
    const result = contactPersonSchema.safeParse({ citizenId, role: "akasse", name: "A", phone: "12", email: "ikke en adresse" });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["phone", "phoneInvalid"],
      ["email", "emailInvalid"],
    ]);
    expect(contactPersonSchema.safeParse({ citizenId, role: "boss", name: "" }).error?.issues.map((issue) => issue.message)).toEqual([
      "roleMissing",
      "nameMissing",
    ]);
  });

  test("R2.2 X5 a contact person is removed only from the citizen it belongs to", async () => {
    const anna = await idOf(citizens, "Anna Andersen");
    const carl = await idOf(citizens, "Carl Ny");
    const jens = await idOf(staff, "Jens Jobcenter");
    const [mette] = (await listContactPersons({ citizenId: anna, viewer: portal })).filter((contact) => contact.name === "Mette Mentor");

    await expect(removeContactPerson({ citizenId: carl, contactPersonId: mette.id, staffId: jens })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().select().from(contactPersons).where(eq(contactPersons.id, mette.id))).toHaveLength(1);

    await removeContactPerson({ citizenId: anna, contactPersonId: mette.id, staffId: jens });
    expect((await listContactPersons({ citizenId: anna, viewer: portal })).map((contact) => contact.name)).toEqual(["Jens Jobcenter"]);
  });
});
