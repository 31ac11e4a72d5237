CREATE TABLE "dagpenge_figures" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"hours_used" numeric(7, 2) NOT NULL,
	"hours_left" numeric(7, 2) NOT NULL,
	"period_ends" date NOT NULL,
	"hours_toward_new_period" numeric(7, 2) NOT NULL,
	"hours_for_new_period" numeric(7, 2) NOT NULL,
	"reported_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forberedelsesskemaer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"reference" varchar(12),
	CONSTRAINT "forberedelsesskemaer_citizen_id_unique" UNIQUE("citizen_id"),
	CONSTRAINT "forberedelsesskemaer_reference_unique" UNIQUE("reference"),
	CONSTRAINT "forberedelsesskemaer_receipt_when_submitted" CHECK (("forberedelsesskemaer"."submitted_at" is null) = ("forberedelsesskemaer"."reference" is null))
);
--> statement-breakpoint
ALTER TABLE "dagpenge_figures" ADD CONSTRAINT "dagpenge_figures_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forberedelsesskemaer" ADD CONSTRAINT "forberedelsesskemaer_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forberedelsesskemaer_drafts_by_start" ON "forberedelsesskemaer" USING btree ("started_at") WHERE "forberedelsesskemaer"."submitted_at" is null;