-- The brand a report impersonates (a code of the analyser's brands.json), counted by the statistics; NULL when
-- the message impersonates none. What else the analysis found of the brand stays in result_json.
ALTER TABLE cmp_analysis ADD COLUMN brand VARCHAR(24) NULL AFTER category;
