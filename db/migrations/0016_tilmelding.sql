CREATE TABLE "tilmeldinger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"first_day" date,
	"akasse_member" boolean,
	"akasse" text,
	"phone" text,
	"email" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"reference" varchar(12),
	CONSTRAINT "tilmeldinger_citizen_id_unique" UNIQUE("citizen_id"),
	CONSTRAINT "tilmeldinger_reference_unique" UNIQUE("reference"),
	CONSTRAINT "tilmeldinger_status" CHECK ("tilmeldinger"."status" in ('draft', 'sent')),
	CONSTRAINT "tilmeldinger_sent_has_receipt" CHECK (("tilmeldinger"."status" = 'sent') = ("tilmeldinger"."sent_at" is not null) and ("tilmeldinger"."sent_at" is null) = ("tilmeldinger"."reference" is null)),
	CONSTRAINT "tilmeldinger_akasse_only_for_members" CHECK ("tilmeldinger"."akasse" is null or "tilmeldinger"."akasse_member" is true),
	CONSTRAINT "tilmeldinger_sent_is_complete" CHECK ("tilmeldinger"."status" = 'draft' or ("tilmeldinger"."first_day" is not null and "tilmeldinger"."akasse_member" is not null and ("tilmeldinger"."akasse_member" is false or "tilmeldinger"."akasse" is not null) and ("tilmeldinger"."phone" is not null or "tilmeldinger"."email" is not null)))
);
--> statement-breakpoint
ALTER TABLE "tilmeldinger" ADD CONSTRAINT "tilmeldinger_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;