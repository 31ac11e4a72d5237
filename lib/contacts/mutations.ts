import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { citizens, contactPersons } from "@/db/schema";
import { recordAuditEntry } from "@/lib/audit/mutations";
import { NotFoundError } from "@/lib/errors";
import { assertMayReachCitizen } from "@/lib/identity/scope";
import { toE164 } from "./phone";
import type { ContactPersonInput } from "./schema";

/** Registers a contact person for a citizen the staff member reaches, and records who did it in the audit log. */
export async function addContactPerson({ input, staffId }: { input: ContactPersonInput; staffId: string }): Promise<string> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: { kind: "staff", id: staffId }, citizenId: input.citizenId, action: "add_contact_person" });
    const [citizen] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, input.citizenId));
    if (!citizen) throw new NotFoundError("citizen");
    const [row] = await tx
      .insert(contactPersons)
      .values({
        citizenId: citizen.id,
        role: input.role,
        name: input.name.trim(),
        organisation: input.organisation?.trim() || null,
        phone: input.phone?.trim() ? toE164(input.phone) : null,
        email: input.email?.trim() || null,
        registeredBy: staffId,
      })
      .returning({ id: contactPersons.id });
    await recordAuditEntry(tx, {
      actorKind: "staff",
      actorId: staffId,
      action: "contact_person.added",
      subjectCitizenId: citizen.id,
      details: { role: input.role, name: input.name.trim() },
    });
    return row.id;
  });
}

/** Removes one of the contact persons of a citizen the staff member reaches; the id must belong to that citizen. */
export async function removeContactPerson({
  citizenId,
  contactPersonId,
  staffId,
}: {
  citizenId: string;
  contactPersonId: string;
  staffId: string;
}): Promise<void> {
  await db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: { kind: "staff", id: staffId }, citizenId, action: "remove_contact_person" });
    const [removed] = await tx
      .delete(contactPersons)
      .where(and(eq(contactPersons.id, contactPersonId), eq(contactPersons.citizenId, citizenId)))
      .returning({ role: contactPersons.role, name: contactPersons.name });
    if (!removed) throw new NotFoundError("contact person");
    await recordAuditEntry(tx, {
      actorKind: "staff",
      actorId: staffId,
      action: "contact_person.removed",
      subjectCitizenId: citizenId,
      details: { role: removed.role, name: removed.name },
    });
  });
}
