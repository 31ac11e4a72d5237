import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contactPersons } from "@/db/schema";

export interface ContactPersonView {
  id: string;
  role: "caseworker" | "mentor" | "akasse";
  name: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
}

/** The citizen's contact persons: caseworker first, then mentor, then a-kasse, as the front page's right column lists them. */
export async function listContactPersons({ citizenId }: { citizenId: string }): Promise<ContactPersonView[]> {
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
