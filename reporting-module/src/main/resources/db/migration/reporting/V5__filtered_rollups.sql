-- The rollups count each report again within each filter it falls in (its channel, its category, its origin
-- country): slice '' counts all reports, 'CHANNEL:SMS', 'CATEGORY:PHISHING', 'COUNTRY:CN' and the like only
-- theirs. The rollups are emptied and a rebuild fills them (total -1: counted by its first step), as an admin's
-- rebuild would; the pages show its progress meanwhile.

ALTER TABLE rep_daily ADD COLUMN slice VARCHAR(40) NOT NULL DEFAULT '' FIRST,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (slice, dimension, day, value);

DELETE FROM rep_daily;
DELETE FROM rep_complaint;
DELETE FROM rep_case_daily;
DELETE FROM rep_case;
DELETE FROM rep_referral_daily;
DELETE FROM rep_referral;

INSERT INTO rep_rebuild (started_at, started_by, total) VALUES (UTC_TIMESTAMP(6), 'migration V5', -1);
