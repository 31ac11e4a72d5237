CREATE TYPE "public"."job_agent_frequency" AS ENUM('daily', 'weekly');--> statement-breakpoint
CREATE TABLE "job_agent_matches" (
	"agent_id" uuid NOT NULL,
	"job_ad_id" integer NOT NULL,
	"title_code" varchar(7) NOT NULL,
	"words" text,
	"region" "region",
	"postcode" varchar(4),
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"told_at" timestamp with time zone,
	"digest_period" text,
	CONSTRAINT "job_agent_matches_agent_id_job_ad_id_pk" PRIMARY KEY("agent_id","job_ad_id")
);
--> statement-breakpoint
CREATE TABLE "job_agent_titles" (
	"agent_id" uuid NOT NULL,
	"occupation_code" varchar(7) NOT NULL,
	CONSTRAINT "job_agent_titles_agent_id_occupation_code_pk" PRIMARY KEY("agent_id","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "job_agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"words" text DEFAULT '' NOT NULL,
	"region" "region",
	"postcode" varchar(4),
	"frequency" "job_agent_frequency" NOT NULL,
	"notify" boolean DEFAULT true NOT NULL,
	"matched_through_ad_id" integer DEFAULT 0 NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_digest_period" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"warned_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "job_agent_matches" ADD CONSTRAINT "job_agent_matches_agent_id_job_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."job_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agent_matches" ADD CONSTRAINT "job_agent_matches_job_ad_id_job_ads_id_fk" FOREIGN KEY ("job_ad_id") REFERENCES "public"."job_ads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agent_titles" ADD CONSTRAINT "job_agent_titles_agent_id_job_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."job_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_agents" ADD CONSTRAINT "job_agents_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_agent_matches_newest" ON "job_agent_matches" USING btree ("agent_id","matched_at" DESC NULLS LAST,"job_ad_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_agent_matches_ad" ON "job_agent_matches" USING btree ("job_ad_id");--> statement-breakpoint
CREATE INDEX "job_agent_titles_code" ON "job_agent_titles" USING btree ("occupation_code","agent_id");--> statement-breakpoint
CREATE INDEX "job_agents_citizen" ON "job_agents" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "job_agents_activity" ON "job_agents" USING btree ("last_activity_at");--> statement-breakpoint
CREATE INDEX "job_ads_occupation_id" ON "job_ads" USING btree ("occupation_code","id");