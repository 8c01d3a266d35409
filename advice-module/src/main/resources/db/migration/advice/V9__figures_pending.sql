-- The statistics learn of a case's or referral's change after the advisor's transaction commits: the change
-- leaves a row here per consumer (in that transaction), and the consumer is handed the figures as they stand when
-- the row is delivered. One row per consumer and case or referral, however often it changed meanwhile.

CREATE TABLE adv_figures_pending (
    consumer        VARCHAR(60)   NOT NULL,
    kind            VARCHAR(8)    NOT NULL COMMENT 'CASE or REFERRAL',
    entity_id       BIGINT        NOT NULL COMMENT 'the case or referral',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'UTC',
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (consumer, kind, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
