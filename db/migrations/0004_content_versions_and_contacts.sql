CREATE TYPE "public"."contact_person_role" AS ENUM('caseworker', 'mentor', 'akasse');--> statement-breakpoint
CREATE TYPE "public"."content_change" AS ENUM('created', 'edited', 'published', 'withdrawn', 'restored');--> statement-breakpoint
CREATE TYPE "public"."content_kind" AS ENUM('yellow_note', 'faq_entry');--> statement-breakpoint
CREATE TABLE "contact_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"role" "contact_person_role" NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"phone" text,
	"email" text,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "content_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "content_kind" NOT NULL,
	"content_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" "content_change" NOT NULL,
	"snapshot" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "publish_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "publish_to" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "search_da" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish'::regconfig, question_da), 'A') || setweight(to_tsvector('danish'::regconfig, answer_da), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "search_en" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, question_en), 'A') || setweight(to_tsvector('english'::regconfig, answer_en), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_registered_by_staff_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_saved_by_staff_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_persons_citizen_idx" ON "contact_persons" USING btree ("citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_versions_idx" ON "content_versions" USING btree ("kind","content_id","version");--> statement-breakpoint
CREATE INDEX "faq_entries_search_da_idx" ON "faq_entries" USING gin ("search_da");--> statement-breakpoint
CREATE INDEX "faq_entries_search_en_idx" ON "faq_entries" USING gin ("search_en");--> statement-breakpoint
-- An editor's history is only ever added to: restoring a version writes a new one.
CREATE FUNCTION content_versions_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'content_versions is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER content_versions_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "content_versions"
  FOR EACH ROW EXECUTE FUNCTION content_versions_are_append_only();
