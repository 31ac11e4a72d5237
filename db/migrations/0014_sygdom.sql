CREATE TYPE "public"."sygdom_kind" AS ENUM('syg', 'rask');--> statement-breakpoint
CREATE TABLE "sygdom_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"kind" "sygdom_kind" NOT NULL,
	"from_day" date NOT NULL,
	"submission_key" uuid NOT NULL,
	"reference" varchar(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "sygdom_reports_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	CONSTRAINT "sygdom_reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "sygdom_reports_reference_format" CHECK ("sygdom_reports"."reference" ~ '^(SY|RA)-[2-9A-HJ-NP-Z]{8}$')
);
--> statement-breakpoint
ALTER TABLE "sygdom_reports" ADD CONSTRAINT "sygdom_reports_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sygdom_reports_submission" ON "sygdom_reports" USING btree ("citizen_id","submission_key");--> statement-breakpoint
CREATE INDEX "sygdom_reports_by_citizen" ON "sygdom_reports" USING btree ("citizen_id","sequence");