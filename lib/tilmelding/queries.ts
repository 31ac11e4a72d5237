import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { cvs, notificationSettings, tilmeldinger, type Tilmelding } from "@/db/schema";
import { recordAuditEntry, type Actor } from "@/lib/audit/mutations";
import { formatPhone } from "@/lib/contacts/phone";
import { assertMayReachCitizen } from "@/lib/identity/scope";

/** The citizen's own registration — a draft or the sent one — or null when they have not started one. */
export async function getTilmelding({ citizenId }: { citizenId: string }): Promise<Tilmelding | null> {
  const [row] = await db().select().from(tilmeldinger).where(eq(tilmeldinger.citizenId, citizenId));
  return row ?? null;
}

/** A sent registration as its receipt and the caseworker show it: reference, when, and what was sent. */
export interface TilmeldingReceipt {
  reference: string;
  receivedAt: Date;
  firstDay: string;
  akasseMember: boolean;
  akasse: string | null;
  phone: string | null;
  email: string | null;
}

function asReceipt(row: Tilmelding | undefined): TilmeldingReceipt | null {
  if (!row || row.status !== "sent" || !row.reference || !row.sentAt || !row.firstDay || row.akasseMember === null) return null;
  const { reference, sentAt, firstDay, akasseMember, akasse, phone, email } = row;
  return { reference, receivedAt: sentAt, firstDay, akasseMember, akasse, phone, email };
}

/** The citizen's own sent registration for its receipt, or null while it is not sent. */
export async function getTilmeldingReceipt({ citizenId }: { citizenId: string }): Promise<TilmeldingReceipt | null> {
  return asReceipt((await getTilmelding({ citizenId })) ?? undefined);
}

/**
 * What the portal already knows of how to reach the citizen, to fill in the contact step the
 * first time: the CV's phone number and e-mail address, else the ones confirmed under `Få
 * besked på SMS og/eller e-mail`. Empty strings for what it does not know. The citizen's own.
 */
export async function getTilmeldingContactSuggestion({ citizenId }: { citizenId: string }): Promise<{ phone: string; email: string }> {
  const [[cv], [settings]] = await Promise.all([
    db().select({ phone: cvs.phone, email: cvs.email }).from(cvs).where(eq(cvs.citizenId, citizenId)),
    db()
      .select({
        phone: notificationSettings.phone,
        phoneVerifiedAt: notificationSettings.phoneVerifiedAt,
        email: notificationSettings.email,
        emailVerifiedAt: notificationSettings.emailVerifiedAt,
      })
      .from(notificationSettings)
      .where(eq(notificationSettings.citizenId, citizenId)),
  ]);
  const phone = cv?.phone || (settings?.phoneVerifiedAt ? (settings.phone ?? "") : "");
  const email = cv?.email || (settings?.emailVerifiedAt ? (settings.email ?? "") : "");
  return { phone: phone ? formatPhone(phone) : "", email };
}

/**
 * A citizen's sent registration for their jobcenter (R1.7): checked for reach (a caseworker their
 * own jobcenter's citizens, support everyone; CitizenOutOfScopeError otherwise), and every read
 * is written to the audit log in the same transaction. Null while nothing is sent (a draft is
 * the citizen's own).
 */
export async function readTilmeldingForCaseworker({ citizenId, viewer }: { citizenId: string; viewer: Actor }): Promise<TilmeldingReceipt | null> {
  return db().transaction(async (tx) => {
    await assertMayReachCitizen(tx, { actor: viewer, citizenId, action: "read_tilmelding" });
    const [row] = await tx
      .select()
      .from(tilmeldinger)
      .where(and(eq(tilmeldinger.citizenId, citizenId), eq(tilmeldinger.status, "sent")));
    const receipt = asReceipt(row);
    if (!receipt) return null;
    await recordAuditEntry(tx, { actorKind: viewer.kind, actorId: viewer.id, action: "tilmelding.read", subjectCitizenId: citizenId });
    return receipt;
  });
}
