CREATE TABLE "beskeder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"dedupe_key" text NOT NULL,
	"created_by" uuid,
	CONSTRAINT "beskeder_kind" CHECK ("beskeder"."kind" in ('stoettebehov-registreret', 'stoettebehov-annulleret'))
);
--> statement-breakpoint
ALTER TABLE "beskeder" ADD CONSTRAINT "beskeder_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beskeder" ADD CONSTRAINT "beskeder_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "beskeder_dedupe_key" ON "beskeder" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "beskeder_by_citizen" ON "beskeder" USING btree ("citizen_id","created_at");