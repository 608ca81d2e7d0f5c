-- raw_text is kept only for datasets on an allow-list of datasets without personal data, generated
-- from the source contract: a dataset the list does not name (or a new one) shows no raw text.
SELECT dataset, batch_id, source_file, source_line, reason_code, field, reason,
       CASE WHEN dataset IN (${datasets_without_personal_data}) THEN raw_text END AS raw_text
FROM (${files}) AS set_aside_files
