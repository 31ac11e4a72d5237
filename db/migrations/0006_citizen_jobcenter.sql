ALTER TABLE "citizens" ADD COLUMN "jobcenter" text;
