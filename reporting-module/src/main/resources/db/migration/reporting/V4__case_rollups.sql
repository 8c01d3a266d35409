-- Cases' and referrals' figures, kept from the advice module's CaseFigures and ReferralFigures events (and
-- rebuilt from its AdviceFigures); never joined with other modules' tables.

-- One row per case: what it counts as now. counted: opened and not merged into another case.
CREATE TABLE rep_case (
    case_id            BIGINT      NOT NULL,
    counted            BOOLEAN     NOT NULL DEFAULT FALSE,
    day                DATE        NULL COMMENT 'opened, Japan time',
    answered           BOOLEAN     NOT NULL DEFAULT FALSE,
    answered_in_time   BOOLEAN     NOT NULL DEFAULT FALSE,
    response_minutes   BIGINT      NOT NULL DEFAULT 0 COMMENT 'working minutes to the first answer',
    closed_day         DATE        NULL COMMENT 'Japan time',
    closed_in_time     BOOLEAN     NOT NULL DEFAULT FALSE,
    resolution_minutes BIGINT      NOT NULL DEFAULT 0 COMMENT 'working minutes to the closing',
    PRIMARY KEY (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sums per day: OPENED, ANSWERED, ANSWERED_IN_TIME, RESPONSE_MINUTES, CLOSED, CLOSED_IN_TIME and
-- RESOLUTION_MINUTES of the cases opened that day (how the targets went for them), CLOSED_ON of the cases
-- closed that day.
CREATE TABLE rep_case_daily (
    day     DATE        NOT NULL COMMENT 'Japan time',
    measure VARCHAR(20) NOT NULL,
    amount  BIGINT      NOT NULL,
    PRIMARY KEY (day, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per referral: what it counts as now; day is the day it was sent (null: not sent, not counted).
CREATE TABLE rep_referral (
    referral_id BIGINT       NOT NULL,
    day         DATE         NULL COMMENT 'sent, Japan time',
    kind        VARCHAR(20)  NULL,
    destination VARCHAR(200) NULL,
    state       VARCHAR(20)  NULL,
    outcome     VARCHAR(20)  NULL,
    PRIMARY KEY (referral_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Referrals sent per day, destination, state and outcome ('' while there is none).
CREATE TABLE rep_referral_daily (
    day         DATE         NOT NULL COMMENT 'sent, Japan time',
    kind        VARCHAR(20)  NOT NULL,
    destination VARCHAR(200) NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    referrals   BIGINT       NOT NULL,
    PRIMARY KEY (day, kind, destination, state, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rebuild goes through the reports, then the cases, then the referrals.
ALTER TABLE rep_rebuild ADD COLUMN phase VARCHAR(10) NOT NULL DEFAULT 'REPORTS' AFTER finished_at;
