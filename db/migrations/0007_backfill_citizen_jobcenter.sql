-- Citizens Jobnet knew before their jobcenter was recorded: the jobcenter that last
-- registered them through the PersonAdminService, or else the jobcenter of the caseworker
-- who last acted on their access, whichever happened last. Running it again changes nothing.
UPDATE "citizens" AS c SET "jobcenter" = source.jobcenter
FROM (
  SELECT DISTINCT ON (a."subject_citizen_id") a."subject_citizen_id" AS citizen_id,
         COALESCE(a."details"->>'jobcenter', s."jobcenter") AS jobcenter
  FROM "audit_log" AS a
  LEFT JOIN "staff" AS s ON a."actor_kind" = 'staff' AND a."actor_id" = s."id"::text
  WHERE a."subject_citizen_id" IS NOT NULL
    AND COALESCE(a."details"->>'jobcenter', s."jobcenter") IS NOT NULL
  ORDER BY a."subject_citizen_id", a."occurred_at" DESC, a."id" DESC
) AS source
WHERE c."id" = source.citizen_id AND c."jobcenter" IS NULL;
