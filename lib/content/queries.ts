import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { contentVersions, faqEntries, staff, yellowNotes, type ContentKind } from "@/db/schema";
import { renderMarkdown } from "./markdown";

/** Published, and inside its publish window (either end may be open) at `now`. */
function visibleAt(table: typeof yellowNotes | typeof faqEntries, now: Date): SQL {
  return and(eq(table.status, "published"), or(isNull(table.publishFrom), lte(table.publishFrom, now)), or(isNull(table.publishTo), gt(table.publishTo, now)))!;
}

export interface LocalizedYellowNote {
  id: string;
  title: string;
  /** Sanitized HTML from the editor's Markdown. */
  html: string;
}

/** A yellow note in one language, as citizens see it. */
export function localizeYellowNote(
  note: { id: string; titleDa: string; titleEn: string; bodyDa: string; bodyEn: string },
  locale: string,
): LocalizedYellowNote {
  const english = locale === "en";
  return { id: note.id, title: english ? note.titleEn : note.titleDa, html: renderMarkdown(english ? note.bodyEn : note.bodyDa) };
}

/** The yellow notes published for a place and a visitor (logged in or not) at a given time, in one language. */
export async function listActiveYellowNotes({
  placement,
  loggedIn,
  locale,
  now,
}: {
  placement: "front_page" | "login_pages";
  loggedIn: boolean;
  locale: string;
  now: Date;
}): Promise<LocalizedYellowNote[]> {
  const rows = await db()
    .select()
    .from(yellowNotes)
    .where(
      and(
        eq(yellowNotes.placement, placement),
        inArray(yellowNotes.audience, ["everyone", loggedIn ? "logged_in" : "logged_out"]),
        visibleAt(yellowNotes, now),
      ),
    )
    .orderBy(asc(yellowNotes.createdAt));
  return rows.map((note) => localizeYellowNote(note, locale));
}

export interface LocalizedFaqEntry {
  slug: string;
  topic: string;
  question: string;
  /** Sanitized HTML from the editor's Markdown. */
  html: string;
}

type FaqRow = typeof faqEntries.$inferSelect;

/** A FAQ entry in one language, as citizens see it. */
export function localizeFaqEntry(row: Omit<FaqRow, "searchDa" | "searchEn">, locale: string): LocalizedFaqEntry {
  const english = locale === "en";
  return {
    slug: row.slug,
    topic: english ? row.topicEn : row.topicDa,
    question: english ? row.questionEn : row.questionDa,
    html: renderMarkdown(english ? row.answerEn : row.answerDa),
  };
}

const faqColumns = {
  id: faqEntries.id,
  audience: faqEntries.audience,
  slug: faqEntries.slug,
  topicDa: faqEntries.topicDa,
  topicEn: faqEntries.topicEn,
  questionDa: faqEntries.questionDa,
  questionEn: faqEntries.questionEn,
  answerDa: faqEntries.answerDa,
  answerEn: faqEntries.answerEn,
  sortOrder: faqEntries.sortOrder,
  status: faqEntries.status,
  publishFrom: faqEntries.publishFrom,
  publishTo: faqEntries.publishTo,
  version: faqEntries.version,
  createdAt: faqEntries.createdAt,
  updatedAt: faqEntries.updatedAt,
};

/** The published entries of one FAQ in one language, in the editors' order, grouped by topic. */
export async function listFaq({
  audience,
  locale,
  now,
}: {
  audience: "jobsoegere" | "arbejdsgivere";
  locale: string;
  now: Date;
}): Promise<{ topic: string; entries: LocalizedFaqEntry[] }[]> {
  const topicColumn = locale === "en" ? faqEntries.topicEn : faqEntries.topicDa;
  const rows = await db()
    .select(faqColumns)
    .from(faqEntries)
    .where(and(eq(faqEntries.audience, audience), visibleAt(faqEntries, now)))
    .orderBy(asc(topicColumn), asc(faqEntries.sortOrder), asc(faqEntries.createdAt));
  const groups = new Map<string, LocalizedFaqEntry[]>();
  for (const row of rows) {
    const entry = localizeFaqEntry(row, locale);
    groups.set(entry.topic, [...(groups.get(entry.topic) ?? []), entry]);
  }
  return [...groups].map(([topic, entries]) => ({ topic, entries }));
}

/**
 * Full-text search in one FAQ, with the language's own stemming (PostgreSQL's Danish or
 * English configuration), so inflected words find their entry. Best matches first.
 */
export async function searchFaq({
  audience,
  locale,
  query,
  now,
}: {
  audience: "jobsoegere" | "arbejdsgivere";
  locale: string;
  query: string;
  now: Date;
}): Promise<LocalizedFaqEntry[]> {
  const english = locale === "en";
  const vector = english ? faqEntries.searchEn : faqEntries.searchDa;
  // websearch_to_tsquery accepts anything a person types (quotes, "or", a minus) without a syntax error.
  const tsquery = sql`websearch_to_tsquery(${english ? "english" : "danish"}::regconfig, ${query})`;
  const rows = await db()
    .select(faqColumns)
    .from(faqEntries)
    .where(and(eq(faqEntries.audience, audience), visibleAt(faqEntries, now), sql`${vector} @@ ${tsquery}`))
    .orderBy(desc(sql`ts_rank(${vector}, ${tsquery})`), asc(faqEntries.sortOrder));
  return rows.map((row) => localizeFaqEntry(row, locale));
}

/** Every yellow note, newest first, for the editors' overview. */
export async function listYellowNotesForEditors() {
  return db().select().from(yellowNotes).orderBy(desc(yellowNotes.updatedAt));
}

/** Every FAQ entry of both FAQs, for the editors' overview. */
export async function listFaqEntriesForEditors() {
  return db().select(faqColumns).from(faqEntries).orderBy(asc(faqEntries.audience), asc(faqEntries.topicDa), asc(faqEntries.sortOrder));
}

export interface VersionRecord {
  version: number;
  change: string;
  snapshot: Record<string, unknown>;
  savedByName: string | null;
  savedAt: Date;
}

/** An entry's versions, newest first, with who saved each. */
export async function listVersions({ kind, contentId }: { kind: ContentKind; contentId: string }): Promise<VersionRecord[]> {
  return db()
    .select({
      version: contentVersions.version,
      change: contentVersions.change,
      snapshot: contentVersions.snapshot,
      savedByName: staff.name,
      savedAt: contentVersions.savedAt,
    })
    .from(contentVersions)
    .leftJoin(staff, eq(staff.id, contentVersions.savedBy))
    .where(and(eq(contentVersions.kind, kind), eq(contentVersions.contentId, contentId)))
    .orderBy(desc(contentVersions.version));
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** One yellow note as the editor works on it, or null (also for an id that is no id at all). */
export async function getYellowNoteForEditors({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  const [note] = await db().select().from(yellowNotes).where(eq(yellowNotes.id, id));
  return note ?? null;
}

/** One FAQ entry as the editor works on it, or null (also for an id that is no id at all). */
export async function getFaqEntryForEditors({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  const [entry] = await db().select(faqColumns).from(faqEntries).where(eq(faqEntries.id, id));
  return entry ?? null;
}

/**
 * The next moment after `now` at which a published yellow note or FAQ entry comes into view
 * or leaves it (its publish window opens or closes), or null when none is scheduled. The
 * cached public pages are made again then.
 */
export async function nextContentChange({ now }: { now: Date }): Promise<Date | null> {
  const upcoming = [yellowNotes, faqEntries].flatMap((table) =>
    [table.publishFrom, table.publishTo].map(
      (column) => sql`(select min(${column}) from ${table} where ${table.status} = 'published' and ${column} > ${now.toISOString()})`,
    ),
  );
  // One round trip: PostgreSQL's least() passes over the windows that have no such moment.
  const [row] = await db()
    .select({
      seconds: sql<number | null>`extract(epoch from least(${sql.join(upcoming, sql`, `)}))`.mapWith((value) => (value === null ? null : Number(value))),
    })
    .from(sql`(values (1)) as moment(one)`);
  return row?.seconds === null || row?.seconds === undefined ? null : new Date(row.seconds * 1000);
}
