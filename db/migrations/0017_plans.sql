CREATE TYPE "public"."plan_change" AS ENUM('oprettet', 'aendret', 'offentliggjort', 'stoettebehov_slettet');--> statement-breakpoint
CREATE TYPE "public"."plan_document_kind" AS ENUM('uddannelsespaalaeg');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('jobplan', 'uddannelsesplan');--> statement-breakpoint
CREATE TYPE "public"."plan_version_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "plan_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"plan_id" uuid,
	"kind" "plan_document_kind" NOT NULL,
	"title" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"filename" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	CONSTRAINT "plan_documents_filename" CHECK ("plan_documents"."filename" ~ '^[a-z0-9-]+\.pdf$')
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"made_from" integer,
	"status" "plan_version_status" NOT NULL,
	"step" integer,
	"goal" text DEFAULT '' NOT NULL,
	"indsats" text DEFAULT '' NOT NULL,
	"offers" text DEFAULT '' NOT NULL,
	"stoettebehov" text[] DEFAULT '{}'::text[] NOT NULL,
	"change" "plan_change" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_version_positive" CHECK ("plan_versions"."version" >= 1),
	CONSTRAINT "plan_versions_chain" CHECK (("plan_versions"."version" = 1 and "plan_versions"."made_from" is null) or "plan_versions"."made_from" = "plan_versions"."version" - 1),
	CONSTRAINT "plan_versions_step" CHECK ("plan_versions"."step" is null or "plan_versions"."step" between 1 and 4),
	CONSTRAINT "plan_versions_stoettebehov_known" CHECK ("stoettebehov" <@ array['mentor', 'laese-skrive', 'sps', 'psykolog', 'bolig-oekonomi', 'misbrug', 'helbred']::text[])
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_documents_by_citizen" ON "plan_documents" USING btree ("citizen_id","made_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_number" ON "plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_made_once" ON "plan_versions" USING btree ("plan_id","made_from");--> statement-breakpoint
CREATE INDEX "plans_by_citizen" ON "plans" USING btree ("citizen_id");