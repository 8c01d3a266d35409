-- The reporting module's read models, kept from events; never joined with other modules' tables.

CREATE TABLE rep_daily_prefecture (
    day             DATE    NOT NULL COMMENT 'Japan time',
    prefecture_code CHAR(2) NOT NULL,
    complaints      BIGINT  NOT NULL,
    PRIMARY KEY (day, prefecture_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
