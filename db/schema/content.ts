import { sql, type SQL } from "drizzle-orm";
import { bigint, customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { staff } from "./staff";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A question and answer weighted for full-text search in one language's configuration. */
const searchVector = (config: "danish" | "english", question: string, answer: string): SQL =>
  sql.raw(`setweight(to_tsvector('${config}'::regconfig, ${question}), 'A') || setweight(to_tsvector('${config}'::regconfig, ${answer}), 'B')`);

export const contentStatus = pgEnum("content_status", ["draft", "published", "withdrawn"]);

/** Who a yellow note is for: everyone, or only visitors who are logged out or logged in. */
export const yellowNoteAudience = pgEnum("yellow_note_audience", ["everyone", "logged_out", "logged_in"]);

/** Where a yellow note shows. */
export const yellowNotePlacement = pgEnum("yellow_note_placement", ["front_page", "login_pages"]);

/** A gul seddel: an editor's banner with a publish window, in Danish and English. */
export const yellowNotes = pgTable(
  "yellow_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    titleDa: text("title_da").notNull(),
    titleEn: text("title_en").notNull(),
    bodyDa: text("body_da").notNull(),
    bodyEn: text("body_en").notNull(),
    audience: yellowNoteAudience("audience").notNull().default("everyone"),
    placement: yellowNotePlacement("placement").notNull().default("front_page"),
    status: contentStatus("status").notNull().default("draft"),
    publishFrom: timestamp("publish_from", { withTimezone: true }),
    publishTo: timestamp("publish_to", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("yellow_notes_active_idx").on(t.placement, t.status)],
);

export type YellowNote = typeof yellowNotes.$inferSelect;
export type NewYellowNote = typeof yellowNotes.$inferInsert;

export const faqAudience = pgEnum("faq_audience", ["jobsoegere", "arbejdsgivere"]);

/** A question and answer in one of the two FAQs, grouped by topic; the slug is its stable anchor. */
export const faqEntries = pgTable(
  "faq_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    audience: faqAudience("audience").notNull(),
    slug: text("slug").notNull(),
    topicDa: text("topic_da").notNull(),
    topicEn: text("topic_en").notNull(),
    questionDa: text("question_da").notNull(),
    questionEn: text("question_en").notNull(),
    answerDa: text("answer_da").notNull(),
    answerEn: text("answer_en").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    status: contentStatus("status").notNull().default("draft"),
    publishFrom: timestamp("publish_from", { withTimezone: true }),
    publishTo: timestamp("publish_to", { withTimezone: true }),
    // Stemmed for each language, so "adgangskoden" finds an answer about "adgangskode".
    searchDa: tsvector("search_da").generatedAlwaysAs(searchVector("danish", "question_da", "answer_da")),
    searchEn: tsvector("search_en").generatedAlwaysAs(searchVector("english", "question_en", "answer_en")),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("faq_entries_slug_idx").on(t.audience, t.slug),
    index("faq_entries_search_da_idx").using("gin", t.searchDa),
    index("faq_entries_search_en_idx").using("gin", t.searchEn),
  ],
);

export type FaqEntry = typeof faqEntries.$inferSelect;
export type NewFaqEntry = typeof faqEntries.$inferInsert;

export const contentKind = pgEnum("content_kind", ["yellow_note", "faq_entry"]);
export type ContentKind = (typeof contentKind.enumValues)[number];

export const contentChange = pgEnum("content_change", ["created", "edited", "published", "withdrawn", "restored"]);
export type ContentChange = (typeof contentChange.enumValues)[number];

/**
 * Every version of a yellow note or FAQ entry as it was saved, with who saved it and when,
 * so an editor can read the history and restore an earlier text. Rows are only ever added.
 */
export const contentVersions = pgTable(
  "content_versions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: contentKind("kind").notNull(),
    contentId: uuid("content_id").notNull(),
    version: integer("version").notNull(),
    change: contentChange("change").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    /** Null for the text the release shipped with. */
    savedBy: uuid("saved_by").references(() => staff.id),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("content_versions_idx").on(t.kind, t.contentId, t.version)],
);

export type ContentVersion = typeof contentVersions.$inferSelect;
