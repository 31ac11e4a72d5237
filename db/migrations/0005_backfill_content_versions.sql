-- Content written before versions were recorded gets its current text as its first recorded
-- version, saved by no editor, so its history and restore work like every other entry's.
-- The snapshot has the shape lib/content/versions.ts `snapshotOf` gives: times as ISO strings.
INSERT INTO "content_versions" ("kind", "content_id", "version", "change", "snapshot", "saved_by", "saved_at")
SELECT 'yellow_note', n."id", n."version", CASE WHEN n."version" = 1 THEN 'created' ELSE 'edited' END::"content_change",
  jsonb_build_object(
    'status', n."status",
    'titleDa', n."title_da", 'titleEn', n."title_en",
    'bodyDa', n."body_da", 'bodyEn', n."body_en",
    'audience', n."audience", 'placement', n."placement",
    'publishFrom', to_char(n."publish_from" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'publishTo', to_char(n."publish_to" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ),
  NULL, n."updated_at"
FROM "yellow_notes" n
WHERE NOT EXISTS (SELECT 1 FROM "content_versions" v WHERE v."kind" = 'yellow_note' AND v."content_id" = n."id");
--> statement-breakpoint
INSERT INTO "content_versions" ("kind", "content_id", "version", "change", "snapshot", "saved_by", "saved_at")
SELECT 'faq_entry', f."id", f."version", CASE WHEN f."version" = 1 THEN 'created' ELSE 'edited' END::"content_change",
  jsonb_build_object(
    'status', f."status",
    'audience', f."audience",
    'topicDa', f."topic_da", 'topicEn', f."topic_en",
    'questionDa', f."question_da", 'questionEn', f."question_en",
    'answerDa', f."answer_da", 'answerEn', f."answer_en",
    'sortOrder', f."sort_order",
    'publishFrom', to_char(f."publish_from" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'publishTo', to_char(f."publish_to" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ),
  NULL, f."updated_at"
FROM "faq_entries" f
WHERE NOT EXISTS (SELECT 1 FROM "content_versions" v WHERE v."kind" = 'faq_entry' AND v."content_id" = f."id");
