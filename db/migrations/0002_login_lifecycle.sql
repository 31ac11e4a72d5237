CREATE TYPE "public"."content_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."faq_audience" AS ENUM('jobsoegere', 'arbejdsgivere');--> statement-breakpoint
CREATE TYPE "public"."yellow_note_audience" AS ENUM('everyone', 'logged_out', 'logged_in');--> statement-breakpoint
CREATE TYPE "public"."yellow_note_placement" AS ENUM('front_page', 'login_pages');--> statement-breakpoint
CREATE TABLE "login_address_failures" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"failures" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "used_login_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audience" "faq_audience" NOT NULL,
	"slug" text NOT NULL,
	"topic_da" text NOT NULL,
	"topic_en" text NOT NULL,
	"question_da" text NOT NULL,
	"question_en" text NOT NULL,
	"answer_da" text NOT NULL,
	"answer_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "yellow_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_da" text NOT NULL,
	"title_en" text NOT NULL,
	"body_da" text NOT NULL,
	"body_en" text NOT NULL,
	"audience" "yellow_note_audience" DEFAULT 'everyone' NOT NULL,
	"placement" "yellow_note_placement" DEFAULT 'front_page' NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"publish_from" timestamp with time zone,
	"publish_to" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"cpr" varchar(10) NOT NULL,
	"phone" varchar(20) NOT NULL,
	"situation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	CONSTRAINT "support_requests_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_handled_by_staff_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "faq_entries_slug_idx" ON "faq_entries" USING btree ("audience","slug");--> statement-breakpoint
CREATE INDEX "yellow_notes_active_idx" ON "yellow_notes" USING btree ("placement","status");--> statement-breakpoint
ALTER TABLE "brugerkoder" ADD CONSTRAINT "brugerkoder_username_lowercase" CHECK ("brugerkoder"."username" = lower("brugerkoder"."username"));