CREATE TYPE "public"."actor_kind" AS ENUM('citizen', 'staff', 'api_client', 'conversion', 'system');--> statement-breakpoint
CREATE TYPE "public"."login_method" AS ENUM('mitid', 'brugerkode');--> statement-breakpoint
CREATE TYPE "public"."contact_group" AS ENUM('dagpengemodtager', 'kontanthjaelpsmodtager', 'uddannelseshjaelpsmodtager', 'sygedagpengemodtager', 'fleksjobvisiteret', 'fleksjobansat', 'ressourceforloeb', 'oevrige');--> statement-breakpoint
CREATE TYPE "public"."profile_origin" AS ENUM('mitid', 'jobcenter');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('support', 'caseworker', 'editor');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_citizen_id" uuid,
	"reason" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "citizen_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"citizen_id" uuid NOT NULL,
	"method" "login_method" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "brugerkoder" (
	"citizen_id" uuid PRIMARY KEY NOT NULL,
	"username" varchar(64) NOT NULL,
	"password_hash" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"flag_changed_by_kind" "actor_kind",
	"flag_changed_by_id" text,
	"flag_changed_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brugerkoder_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpr" varchar(10) NOT NULL,
	"name" text NOT NULL,
	"contact_group" "contact_group" DEFAULT 'oevrige' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_cpr_unique" UNIQUE("cpr")
);
--> statement-breakpoint
CREATE TABLE "jobnet_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"created_via" "profile_origin" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"terms_accepted_at" timestamp with time zone,
	"last_mitid_login_at" timestamp with time zone,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"mitid_uuid" uuid NOT NULL,
	"jobcenter" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_email_unique" UNIQUE("email"),
	CONSTRAINT "staff_mitid_uuid_unique" UNIQUE("mitid_uuid")
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"staff_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	CONSTRAINT "staff_roles_staff_id_role_pk" PRIMARY KEY("staff_id","role")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_subject_citizen_id_citizens_id_fk" FOREIGN KEY ("subject_citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brugerkoder" ADD CONSTRAINT "brugerkoder_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobnet_profiles" ADD CONSTRAINT "jobnet_profiles_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_citizen_id","occurred_at");--> statement-breakpoint
CREATE INDEX "citizen_sessions_citizen_idx" ON "citizen_sessions" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "citizen_sessions_expires_idx" ON "citizen_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobnet_profiles_one_active_per_citizen" ON "jobnet_profiles" USING btree ("citizen_id") WHERE "jobnet_profiles"."deleted_at" is null;