-- The reporting module's facts and daily rollups, kept from the complaint module's events (ComplaintReceived,
-- ComplaintAnalysed); never joined with other modules' tables.

-- One row per report: what statistics count of it. received: its ComplaintReceived arrived (it is counted in
-- the totals); the analysis columns follow the latest ComplaintAnalysed.
CREATE TABLE rep_complaint (
    complaint_id    BIGINT       NOT NULL,
    receipt_number  CHAR(14)     NULL,
    day             DATE         NOT NULL COMMENT 'Japan time',
    received        BOOLEAN      NOT NULL DEFAULT FALSE,
    channel         VARCHAR(20)  NULL,
    intake          VARCHAR(20)  NULL,
    prefecture_code CHAR(2)      NULL,
    category        VARCHAR(20)  NULL,
    origin_country  CHAR(2)      NULL,
    campaign_key    CHAR(24)     NULL,
    duties          VARCHAR(300) NOT NULL DEFAULT '' COMMENT 'violated display duties, space separated',
    PRIMARY KEY (complaint_id),
    KEY ix_rep_complaint_day (day, complaint_id),
    KEY ix_rep_complaint_country (origin_country, day, complaint_id),
    KEY ix_rep_complaint_category (category, day, complaint_id),
    KEY ix_rep_complaint_channel (channel, day, complaint_id),
    KEY ix_rep_complaint_prefecture (prefecture_code, day, complaint_id),
    KEY ix_rep_complaint_campaign (campaign_key, day, complaint_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports per day and value of one dimension: TOTAL (value ''), CHANNEL, INTAKE, PREFECTURE, CATEGORY, COUNTRY
-- ('' unknown), DUTY, CAMPAIGN. Every page reads these, never rep_complaint's millions of rows.
CREATE TABLE rep_daily (
    dimension  VARCHAR(12) NOT NULL,
    day        DATE        NOT NULL COMMENT 'Japan time',
    value      VARCHAR(40) NOT NULL,
    complaints BIGINT      NOT NULL,
    PRIMARY KEY (dimension, day, value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rep_daily (dimension, day, value, complaints)
SELECT 'PREFECTURE', day, prefecture_code, complaints FROM rep_daily_prefecture;

DROP TABLE rep_daily_prefecture;
