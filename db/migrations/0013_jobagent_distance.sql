ALTER TABLE "job_agent_matches" ADD COLUMN "distance_km" smallint;--> statement-breakpoint
ALTER TABLE "job_agents" ADD COLUMN "distance_km" smallint;--> statement-breakpoint
ALTER TABLE "job_agents" ADD COLUMN "nearby_postcodes" text[];--> statement-breakpoint
ALTER TABLE "job_agents" ADD CONSTRAINT "job_agents_distance_km" CHECK ("job_agents"."distance_km" in (5, 10, 25, 50, 100));--> statement-breakpoint
ALTER TABLE "job_agents" ADD CONSTRAINT "job_agents_distance_needs_postcode" CHECK ("job_agents"."distance_km" is null or ("job_agents"."postcode" is not null and "job_agents"."nearby_postcodes" is not null));