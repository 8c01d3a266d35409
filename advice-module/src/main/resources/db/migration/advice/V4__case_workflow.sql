-- The advisors' workflow: priority, assignee, deadlines in working time, closing, merging, and every change
-- kept in the case's history. due_at is the deadline that matters now (the first response while there is
-- none, then the resolution; NULL once closed): the queues are ordered by it and "overdue" is due_at < now.

ALTER TABLE adv_case
    ADD COLUMN priority           VARCHAR(10)  NOT NULL DEFAULT 'NORMAL' AFTER status,
    ADD COLUMN assignee           VARCHAR(100) NULL COMMENT 'staff user name',
    ADD COLUMN first_response_due DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN resolution_due     DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN first_response_at  DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN due_at             DATETIME(6)  NULL COMMENT 'UTC; NULL when closed',
    ADD COLUMN escalated_at       DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN closed_at          DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN close_reason       VARCHAR(20)  NULL,
    ADD COLUMN merged_into        BIGINT       NULL,
    ADD COLUMN updated_at         DATETIME(6)  NULL COMMENT 'UTC',
    ADD COLUMN version            BIGINT       NOT NULL DEFAULT 0;

-- cases opened before this version: deadlines in calendar days (one day to answer, a week to resolve)
UPDATE adv_case
SET first_response_due = opened_at + INTERVAL 1 DAY,
    resolution_due     = opened_at + INTERVAL 7 DAY,
    due_at             = CASE WHEN status = 'CLOSED' THEN NULL ELSE opened_at + INTERVAL 1 DAY END,
    updated_at         = opened_at;

ALTER TABLE adv_case
    MODIFY first_response_due DATETIME(6) NOT NULL COMMENT 'UTC',
    MODIFY resolution_due     DATETIME(6) NOT NULL COMMENT 'UTC',
    MODIFY updated_at         DATETIME(6) NOT NULL COMMENT 'UTC';

CREATE INDEX ix_adv_case_assignee_due ON adv_case (assignee, due_at, id);
CREATE INDEX ix_adv_case_due ON adv_case (due_at, id);
CREATE INDEX ix_adv_case_category_due ON adv_case (category, due_at, id);

-- What happened to a case, in order: status changes, assignments, notes, replies, the citizen's answers.
CREATE TABLE adv_case_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    case_id            BIGINT       NOT NULL,
    at                 DATETIME(6)  NOT NULL COMMENT 'UTC',
    actor              VARCHAR(100) NULL COMMENT 'staff user name; NULL for the citizen or the center itself',
    kind               VARCHAR(20)  NOT NULL,
    detail             VARCHAR(200) NULL,
    body               TEXT         NULL,
    visible_to_citizen BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY ix_adv_case_entry_case (case_id, at, id),
    CONSTRAINT fk_adv_case_entry_case FOREIGN KEY (case_id) REFERENCES adv_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reports a case answers: its own, and those of the cases merged into it.
CREATE TABLE adv_case_report (
    complaint_id   BIGINT      NOT NULL,
    case_id        BIGINT      NOT NULL,
    receipt_number CHAR(14)    NOT NULL,
    linked_at      DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (complaint_id),
    KEY ix_adv_case_report_case (case_id, linked_at),
    CONSTRAINT fk_adv_case_report_case FOREIGN KEY (case_id) REFERENCES adv_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO adv_case_report (complaint_id, case_id, receipt_number, linked_at)
SELECT complaint_id, id, receipt_number, opened_at FROM adv_case;
