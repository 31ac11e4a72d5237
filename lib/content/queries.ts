import "server-only";
import { and, asc, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import { db } from "@/db/client";
import { faqEntries, yellowNotes } from "@/db/schema";

export interface LocalizedYellowNote {
  id: string;
  title: string;
  body: string;
}

/** The yellow notes published for a place and a visitor (logged in or not) at a given time, in one language. */
export async function listActiveYellowNotes({
  placement,
  loggedIn,
  locale,
  now = new Date(),
}: {
  placement: "front_page" | "login_pages";
  loggedIn: boolean;
  locale: string;
  now?: Date;
}): Promise<LocalizedYellowNote[]> {
  const rows = await db()
    .select()
    .from(yellowNotes)
    .where(
      and(
        eq(yellowNotes.placement, placement),
        eq(yellowNotes.status, "published"),
        inArray(yellowNotes.audience, ["everyone", loggedIn ? "logged_in" : "logged_out"]),
        or(isNull(yellowNotes.publishFrom), lte(yellowNotes.publishFrom, now)),
        or(isNull(yellowNotes.publishTo), gt(yellowNotes.publishTo, now)),
      ),
    )
    .orderBy(asc(yellowNotes.createdAt));
  return rows.map((note) => ({
    id: note.id,
    title: locale === "en" ? note.titleEn : note.titleDa,
    body: locale === "en" ? note.bodyEn : note.bodyDa,
  }));
}

export interface LocalizedFaqEntry {
  slug: string;
  topic: string;
  question: string;
  answer: string;
}

/** The published entries of one FAQ in one language, in the editors' order, grouped by topic. */
export async function listFaq({
  audience,
  locale,
}: {
  audience: "jobsoegere" | "arbejdsgivere";
  locale: string;
}): Promise<{ topic: string; entries: LocalizedFaqEntry[] }[]> {
  const rows = await db()
    .select()
    .from(faqEntries)
    .where(and(eq(faqEntries.audience, audience), eq(faqEntries.status, "published")))
    .orderBy(asc(faqEntries.topicDa), asc(faqEntries.sortOrder));
  const groups = new Map<string, LocalizedFaqEntry[]>();
  for (const row of rows) {
    const english = locale === "en";
    const entry = {
      slug: row.slug,
      topic: english ? row.topicEn : row.topicDa,
      question: english ? row.questionEn : row.questionDa,
      answer: english ? row.answerEn : row.answerDa,
    };
    groups.set(entry.topic, [...(groups.get(entry.topic) ?? []), entry]);
  }
  return [...groups].map(([topic, entries]) => ({ topic, entries }));
}
