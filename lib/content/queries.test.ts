import { describe, expect, test } from "vitest";
import { faqEntries, yellowNotes } from "@/db/schema";
import { withFreshDatabase } from "@/tests/support/database";
import { listActiveYellowNotes, listFaq, nextContentChange } from "./queries";

const { db } = withFreshDatabase({ seed: true });
const now = new Date();

describe("yellow notes", () => {
  test("R2.1 the release's note about MitID/NemID is on the front page for everyone, in both languages", async () => {
    for (const loggedIn of [false, true]) {
      const [note] = await listActiveYellowNotes({ placement: "front_page", loggedIn, locale: "da", now });
      expect(note.html).toBe("<p>Har du tidligere været logget ind på Jobnet med MitID/NemID, kan du kun logge ind med MitID/NemID.</p>\n");
    }
    const [english] = await listActiveYellowNotes({ placement: "front_page", loggedIn: false, locale: "en", now });
    expect(english.html).toContain("you can only log in with MitID/NemID");
  });

  test("R2.1 the old phase-out message does not exist", async () => {
    const all = await db().select().from(yellowNotes);
    expect(all.map((note) => note.bodyDa).join(" ")).not.toMatch(/udfas/i);
  });

  test("R2.1 a note shows only inside its publish window, to its audience, when published", async () => {
    await db()
      .insert(yellowNotes)
      .values([
        {
          titleDa: "Driftsforstyrrelse",
          titleEn: "Service disruption",
          bodyDa: "Jobnet er langsomt i aften.",
          bodyEn: "Jobnet is slow tonight.",
          audience: "logged_in",
          status: "published",
          publishFrom: new Date("2026-11-26T18:00:00Z"),
          publishTo: new Date("2026-11-26T22:00:00Z"),
        },
        { titleDa: "Kladde", titleEn: "Draft", bodyDa: "Ikke klar", bodyEn: "Not ready", status: "draft" },
      ]);
    const titles = async (loggedIn: boolean, at: string) =>
      (await listActiveYellowNotes({ placement: "front_page", loggedIn, locale: "da", now: new Date(at) })).map((n) => n.title);
    expect(await titles(true, "2026-11-26T17:59:59Z")).not.toContain("Driftsforstyrrelse");
    expect(await titles(true, "2026-11-26T18:00:00Z")).toContain("Driftsforstyrrelse");
    expect(await titles(false, "2026-11-26T19:00:00Z")).not.toContain("Driftsforstyrrelse");
    expect(await titles(true, "2026-11-26T22:00:00Z")).not.toContain("Driftsforstyrrelse");
    expect(await titles(true, "2026-11-26T19:00:00Z")).not.toContain("Kladde");
  });
});

describe("FAQ", () => {
  test("R1.8 the job seekers' FAQ holds 'Skal meldes ledig - har ikke MitID/NemID', grouped by topic", async () => {
    const topics = await listFaq({ audience: "jobsoegere", locale: "da", now });
    const login = topics.find((group) => group.topic === "Log ind og profil")!;
    expect(login.entries[0]).toMatchObject({
      slug: "skal-meldes-ledig-har-ikke-mitid-nemid",
      question: "Skal meldes ledig - har ikke MitID/NemID",
    });
    expect(new Set(topics.map((group) => group.topic)).size).toBe(topics.length);
  });

  test("R1.8 the employers' FAQ is its own, in English too", async () => {
    const topics = await listFaq({ audience: "arbejdsgivere", locale: "en", now });
    expect(topics.flatMap((group) => group.entries.map((entry) => entry.question))).toContain("How do I create a job ad?");
    expect(topics.flatMap((group) => group.entries.map((entry) => entry.slug))).not.toContain("glemt-adgangskode");
  });
});

describe("when the cached public pages must be made again", () => {
  test("R2.1 the next moment a published note's or FAQ entry's window opens or closes; drafts and past moments do not count", async () => {
    const at = (iso: string) => new Date(iso);
    await db()
      .insert(yellowNotes)
      .values([
        {
          titleDa: "A",
          titleEn: "A",
          bodyDa: "a",
          bodyEn: "a",
          status: "published",
          publishFrom: at("2030-01-10T08:00:00Z"),
          publishTo: at("2030-01-20T08:00:00Z"),
        },
        { titleDa: "K", titleEn: "K", bodyDa: "k", bodyEn: "k", status: "draft", publishFrom: at("2030-01-05T08:00:00Z") },
      ]);
    const [topic] = await db().select({ topic: faqEntries.topicDa }).from(faqEntries).limit(1);
    await db()
      .insert(faqEntries)
      .values({
        audience: "jobsoegere",
        slug: "vindue-test",
        topicDa: topic.topic,
        topicEn: "Topic",
        questionDa: "Spørgsmål?",
        questionEn: "Question?",
        answerDa: "Svar.",
        answerEn: "Answer.",
        status: "published",
        publishTo: at("2030-01-15T08:00:00Z"),
      });
    expect(await nextContentChange({ now: at("2030-01-01T00:00:00Z") })).toEqual(at("2030-01-10T08:00:00Z"));
    expect(await nextContentChange({ now: at("2030-01-10T08:00:00Z") })).toEqual(at("2030-01-15T08:00:00Z"));
    expect(await nextContentChange({ now: at("2030-01-16T00:00:00Z") })).toEqual(at("2030-01-20T08:00:00Z"));
    expect(await nextContentChange({ now: at("2030-01-21T00:00:00Z") })).toBeNull();
  });
});
