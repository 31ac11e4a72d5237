import { count } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/db/client";
import { dagpengeReportDay, DEMO_JOBCENTER, DEMO_PASSWORD, demoCitizens, demoStaff, expectedPeriodEnd, monthsBefore } from "./demo-data";
import { releaseFaqEntries, releaseYellowNote } from "./release-content";
import { faqEntryFields, snapshotOf, yellowNoteFields } from "@/lib/content/versions";
import {
  auditLog,
  brugerkoder,
  citizens,
  contactPersons,
  contentVersions,
  dagpengeFigures,
  faqEntries,
  forberedelsesskemaer,
  jobnetProfiles,
  staff,
  staffRoles,
  yellowNotes,
} from "@/db/schema";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the demo data, with the release's yellow note and FAQ, into an empty database in
 * one transaction. A database that already holds citizens is left alone, so seeding on
 * every start never overwrites real changes.
 */
export async function seedDemoData(db: Database, now = new Date()): Promise<"seeded" | "skipped"> {
  const [{ citizenCount }] = await db.select({ citizenCount: count() }).from(citizens);
  if (citizenCount > 0) return "skipped";

  // One hash for every demo user: argon2 is deliberately slow, and the demo password is shared.
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

  await db.transaction(async (tx) => {
    // The release's content is each entry's first version, saved by no editor.
    const notes = await tx
      .insert(yellowNotes)
      .values({ ...releaseYellowNote, publishFrom: new Date("2022-03-12T00:00:00+01:00") })
      .returning();
    const entries = await tx.insert(faqEntries).values(releaseFaqEntries).returning();
    await tx.insert(contentVersions).values([
      ...notes.map((row) => ({
        kind: "yellow_note" as const,
        contentId: row.id,
        version: 1,
        change: "created" as const,
        snapshot: snapshotOf(row, yellowNoteFields),
      })),
      ...entries.map((row) => ({
        kind: "faq_entry" as const,
        contentId: row.id,
        version: 1,
        change: "created" as const,
        snapshot: snapshotOf(row, faqEntryFields),
      })),
    ]);

    const staffIds = new Map<string, string>();
    for (const person of demoStaff) {
      const [row] = await tx
        .insert(staff)
        .values({ name: person.name, email: person.email, mitidUuid: person.mitidUuid, jobcenter: person.jobcenter })
        .returning({ id: staff.id });
      staffIds.set(person.name, row.id);
      await tx.insert(staffRoles).values(person.roles.map((role) => ({ staffId: row.id, role })));
    }
    const jobcenterCaseworker = staffIds.get("Jens Jobcenter")!;

    for (const person of demoCitizens) {
      const [citizen] = await tx
        .insert(citizens)
        .values({ cpr: person.cpr, name: person.name, contactGroup: person.contactGroup, jobcenter: person.jobcenter ?? DEMO_JOBCENTER })
        .returning({ id: citizens.id });
      if (person.contacts) {
        await tx.insert(contactPersons).values(person.contacts.map((contact) => ({ ...contact, citizenId: citizen.id, registeredBy: jobcenterCaseworker })));
      }
      if (person.dagpenge) {
        const reportedOn = dagpengeReportDay(now);
        await tx.insert(dagpengeFigures).values({
          citizenId: citizen.id,
          ...person.dagpenge,
          reportedOn,
          periodEnds: expectedPeriodEnd(reportedOn, person.dagpenge.hoursLeft),
        });
      }
      if (person.forberedelsesskemaDraft) {
        const startedAt = monthsBefore(now, person.forberedelsesskemaDraft.startedMonthsAgo);
        await tx
          .insert(forberedelsesskemaer)
          .values({ citizenId: citizen.id, answers: person.forberedelsesskemaDraft.answers, startedAt, updatedAt: startedAt });
      }
      if (!person.profile) continue;

      const createdAt = daysAgo(400);
      await tx.insert(jobnetProfiles).values({
        citizenId: citizen.id,
        createdVia: person.profile,
        createdAt,
        termsAcceptedAt: createdAt,
        lastMitidLoginAt: person.lastMitidLoginDaysAgo === null ? null : daysAgo(person.lastMitidLoginDaysAgo),
      });

      const codes = person.brugerkode;
      if (codes) {
        const everFlagged = codes.flagged || codes.removedForMitid === true;
        const removedAt = daysAgo(person.lastMitidLoginDaysAgo ?? 0);
        await tx.insert(brugerkoder).values({
          citizenId: citizen.id,
          username: codes.username,
          passwordHash: demoPasswordHash,
          flagged: codes.flagged,
          flagChangedByKind: codes.flagged ? "staff" : codes.removedForMitid ? "citizen" : null,
          flagChangedById: codes.flagged ? jobcenterCaseworker : codes.removedForMitid ? citizen.id : null,
          flagChangedAt: codes.flagged ? createdAt : codes.removedForMitid ? removedAt : null,
          createdAt,
          passwordChangedAt: createdAt,
        });
        if (everFlagged) {
          await tx.insert(auditLog).values({
            occurredAt: createdAt,
            actorKind: "staff",
            actorId: jobcenterCaseworker,
            action: "brugerkode_flag.set",
            subjectCitizenId: citizen.id,
            reason: "Borgeren har ikke MitID",
          });
        }
        if (codes.removedForMitid) {
          await tx.insert(auditLog).values({
            occurredAt: removedAt,
            actorKind: "citizen",
            actorId: citizen.id,
            action: "brugerkode_flag.removed",
            subjectCitizenId: citizen.id,
            reason: "citizen chose MitID",
          });
        }
      }
    }
  });
  return "seeded";
}
