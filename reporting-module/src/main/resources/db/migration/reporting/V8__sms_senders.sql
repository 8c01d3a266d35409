-- The kind of a reported SMS's sender (MOBILE, SHORT_CODE, INTERNATIONAL, ALPHANUMERIC, OTHER_NUMBER), a dimension
-- of the figures.
ALTER TABLE rep_complaint ADD COLUMN sms_sender_kind VARCHAR(16) NULL AFTER brand;
