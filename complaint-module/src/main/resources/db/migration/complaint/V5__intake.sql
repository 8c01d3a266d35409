-- How each report reached the center, and the advisor who filed a caller's report.
ALTER TABLE cmp_complaint ADD COLUMN intake VARCHAR(12) NOT NULL DEFAULT 'WEB_FORM' AFTER channel;
ALTER TABLE cmp_complaint ADD COLUMN filed_by VARCHAR(64) NULL AFTER intake;
