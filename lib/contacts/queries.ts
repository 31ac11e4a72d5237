import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contactPersons } from "@/db/schema";
import type { Actor } from "@/lib/audit/mutations";
import { assertMayReachCitizen } from "@/lib/identity/scope";

export interface ContactPersonView {
  id: string;
  role: "caseworker" | "mentor" | "akasse";
  name: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
}

/** The citizen's contact persons (the citizen themself, or staff who reach them): caseworker first, then mentor, then a-kasse, as the front page's right column lists them. */
export async function listContactPersons({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<ContactPersonView[]> {
  await assertMayReachCitizen(db(), { actor: viewer, citizenId, action: "read_contact_persons" });
  return db()
    .select({
      id: contactPersons.id,
      role: contactPersons.role,
      name: contactPersons.name,
      organisation: contactPersons.organisation,
      phone: contactPersons.phone,
      email: contactPersons.email,
    })
    .from(contactPersons)
    .where(eq(contactPersons.citizenId, citizenId))
    .orderBy(sql`${contactPersons.role} asc`, asc(contactPersons.createdAt));
}
