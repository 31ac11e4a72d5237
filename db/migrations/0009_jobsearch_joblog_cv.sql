CREATE TYPE "public"."employment_kind" AS ENUM('fast', 'tidsbegraenset');--> statement-breakpoint
CREATE TYPE "public"."region" AS ENUM('hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland');--> statement-breakpoint
CREATE TYPE "public"."working_hours" AS ENUM('fuldtid', 'deltid');--> statement-breakpoint
CREATE TYPE "public"."joblog_kind" AS ENUM('ansoegning', 'uopfordret', 'netvaerk', 'andet');--> statement-breakpoint
CREATE TYPE "public"."joblog_status" AS ENUM('planlagt', 'sendt', 'samtale', 'afslag', 'tilbud');--> statement-breakpoint
CREATE TABLE "job_ads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_ads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"occupation_code" varchar(7) NOT NULL,
	"title" text NOT NULL,
	"employer" text NOT NULL,
	"description" text NOT NULL,
	"street" text NOT NULL,
	"postcode" varchar(4) NOT NULL,
	"city" text NOT NULL,
	"region" "region" NOT NULL,
	"working_hours" "working_hours" NOT NULL,
	"employment_kind" "employment_kind" NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"deadline" date NOT NULL,
	"how_to_apply" text NOT NULL,
	"apply_url" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', coalesce(title, '')), 'A') || setweight(to_tsvector('danish', coalesce(employer, '')), 'B') || setweight(to_tsvector('danish', coalesce(description, '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joblog_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"title" text NOT NULL,
	"employer" text NOT NULL,
	"street" text DEFAULT '' NOT NULL,
	"postcode" varchar(4),
	"city" text DEFAULT '' NOT NULL,
	"applied_on" date NOT NULL,
	"status" "joblog_status" NOT NULL,
	"kind" "joblog_kind" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"job_ad_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "joblog_entry_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" varchar(16) NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cvs" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"wanted_titles" text[] DEFAULT '{}' NOT NULL,
	"experience" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"driving_licences" text[] DEFAULT '{}' NOT NULL,
	"conditions_hours" text,
	"conditions_employment" text,
	"conditions_regions" text[],
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"searchable" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "joblog_entries" ADD CONSTRAINT "joblog_entries_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joblog_entries" ADD CONSTRAINT "joblog_entries_job_ad_id_job_ads_id_fk" FOREIGN KEY ("job_ad_id") REFERENCES "public"."job_ads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joblog_entry_versions" ADD CONSTRAINT "joblog_entry_versions_entry_id_joblog_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."joblog_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cvs" ADD CONSTRAINT "cvs_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_ads_search_vector" ON "job_ads" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "job_ads_open_by_published" ON "job_ads" USING btree ("deadline","published_at");--> statement-breakpoint
CREATE INDEX "job_ads_published" ON "job_ads" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_ads_occupation" ON "job_ads" USING btree ("occupation_code","deadline");--> statement-breakpoint
CREATE INDEX "job_ads_postcode" ON "job_ads" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "job_ads_region" ON "job_ads" USING btree ("region","deadline");--> statement-breakpoint
CREATE INDEX "joblog_entries_by_citizen" ON "joblog_entries" USING btree ("citizen_id","applied_on") WHERE "joblog_entries"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "joblog_entry_versions_by_entry" ON "joblog_entry_versions" USING btree ("entry_id","version");