import { and, count, gte, inArray, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/db/client";
import { dagpengeReportDay, DEMO_JOBCENTER, DEMO_PASSWORD, demoCitizens, demoStaff, expectedPeriodEnd, monthsBefore } from "./demo-data";
import { releaseFaqEntries, releaseYellowNote } from "./release-content";
import { demoJobAds, generateJobAds, specialCharacterAd } from "./job-ads";
import { danishDay } from "@/lib/content/danish-time";
import { findOccupationTitle, occupationTitles } from "@/lib/jobsearch/occupations";
import { cleanJoblogText } from "@/lib/joblog/text";
import { seedDemoPlans } from "./plans";
import { faqEntryFields, snapshotOf, yellowNoteFields } from "@/lib/content/versions";
import {
  auditLog,
  brugerkoder,
  citizens,
  contactPersons,
  contentVersions,
  cvs,
  dagpengeFigures,
  faqEntries,
  forberedelsesskemaer,
  jobAds,
  jobAgentMatches,
  jobAgents,
  jobAgentTitles,
  joblogEntries,
  joblogEntryVersions,
  jobnetProfiles,
  notificationSettings,
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

    // Job ads are public data; the special-character ad is the one joblog entries are made from.
    const ads = demoJobAds(now);
    const adIds: number[] = [];
    for (let start = 0; start < ads.length; start += 100) {
      const rows = await tx
        .insert(jobAds)
        .values(ads.slice(start, start + 100))
        .returning({ id: jobAds.id });
      adIds.push(...rows.map((row) => row.id));
    }
    const specialAdId = adIds[0];

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
      if (person.notifications) {
        await tx.insert(notificationSettings).values({ citizenId: citizen.id, locale: "da", ...person.notifications, emailVerifiedAt: now, updatedAt: now });
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
      if (person.cv) {
        const titleCode = (name: string) => {
          const code = occupationTitles().find((title) => title.da === name)?.code;
          if (!code || !findOccupationTitle(code)) throw new Error(`The taxonomy lacks the title ${name}`);
          return code;
        };
        const { conditions, wantedTitles, experience = [], education = [], languages = [], ...rest } = person.cv;
        let nextId = 0;
        const withIds = <T extends object>(items: T[]) => items.map((item) => ({ ...item, id: `demo-${++nextId}` }));
        await tx.insert(cvs).values({
          citizenId: citizen.id,
          ...rest,
          wantedTitles: wantedTitles.map(titleCode),
          experience: withIds(experience),
          education: withIds(education),
          languages: withIds(languages),
          conditionsHours: conditions?.hours ?? null,
          conditionsEmployment: conditions?.employment ?? null,
          conditionsRegions: conditions?.regions ?? null,
        });
      }
      for (const agent of person.jobAgents ?? []) {
        // Matched as jobagent-match would (lib/jobagents/mutations.ts): the exact title codes, open ads only.
        const codes = agent.titles.map((name) => occupationTitles().find((title) => title.da === name)!.code);
        const [row] = await tx
          .insert(jobAgents)
          .values({
            citizenId: citizen.id,
            frequency: agent.frequency,
            matchedThroughAdId: Math.max(...adIds),
            createdAt: daysAgo(30),
            lastActivityAt: daysAgo(1),
            lastSeenAt: daysAgo(1),
          })
          .returning({ id: jobAgents.id });
        await tx.insert(jobAgentTitles).values(codes.map((occupationCode) => ({ agentId: row.id, occupationCode })));
        const found = await tx
          .select({ id: jobAds.id, code: jobAds.occupationCode })
          .from(jobAds)
          .where(and(inArray(jobAds.occupationCode, codes), gte(jobAds.deadline, danishDay(now))));
        if (found.length > 0) {
          await tx.insert(jobAgentMatches).values(found.map((ad) => ({ agentId: row.id, jobAdId: ad.id, titleCode: ad.code, matchedAt: now })));
        }
      }
      for (const entry of person.joblog ?? []) {
        const where = entry.fromSpecialAd
          ? { ...specialCharacterAd, jobAdId: specialAdId }
          : { title: entry.title, employer: entry.employer, street: entry.street, postcode: entry.postcode, city: entry.city, jobAdId: null };
        const createdAt = daysAgo(entry.daysAgo);
        const values = {
          title: cleanJoblogText(where.title),
          employer: cleanJoblogText(where.employer),
          street: cleanJoblogText(where.street),
          postcode: where.postcode,
          city: cleanJoblogText(where.city),
          appliedOn: danishDay(createdAt),
          status: entry.status,
          kind: entry.kind,
          note: cleanJoblogText(entry.note),
          jobAdId: where.jobAdId,
        };
        const [row] = await tx
          .insert(joblogEntries)
          .values({ citizenId: citizen.id, ...values, createdAt, updatedAt: createdAt })
          .returning({ id: joblogEntries.id });
        await tx.insert(joblogEntryVersions).values({
          entryId: row.id,
          version: 1,
          change: "created",
          changedAt: createdAt,
          snapshot: { ...values, jobAdId: values.jobAdId === null ? null : String(values.jobAdId) },
        });
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
    await seedDemoPlans(tx, { staffId: jobcenterCaseworker, now });
  });
  return "seeded";
}

/**
 * Adds generated job ads (generateJobAds) until the database holds `total` ads, in batches
 * of 1,000; for the job-search benchmark. Returns how many it added.
 */
export async function addGeneratedJobAds(db: Database, total: number, now = new Date()): Promise<number> {
  const [{ existing }] = await db.select({ existing: count() }).from(jobAds);
  const wanted = Math.max(0, total - existing);
  for (let start = 0; start < wanted; start += 1000) {
    await db.insert(jobAds).values(generateJobAds(Math.min(1000, wanted - start), now, 10_000 + start));
  }
  // The planner's statistics, as autovacuum would gather them on PostgreSQL (the embedded database has no autovacuum).
  await db.execute(sql`analyze job_ads`);
  return wanted;
}
