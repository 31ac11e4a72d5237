import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

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
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("faq_entries_slug_idx").on(t.audience, t.slug)],
);

export type FaqEntry = typeof faqEntries.$inferSelect;
export type NewFaqEntry = typeof faqEntries.$inferInsert;
