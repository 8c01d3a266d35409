-- Analysis as pending work: a report is stored and queued in the transaction that accepts it, and analysed
-- after commit by whichever server instance claims it. A job leaves this table when its analysis is stored;
-- after too many failed attempts it stays here, quarantined, with the reason, for advisors to see.

CREATE TABLE cmp_analysis_job (
    complaint_id    BIGINT        NOT NULL,
    priority        TINYINT       NOT NULL COMMENT '0 new report, 1 re-analysis after an upgrade',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'UTC; also the end of a claim',
    last_error      VARCHAR(1000) NULL,
    quarantined_at  DATETIME(6)   NULL COMMENT 'UTC',
    queued_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (complaint_id),
    KEY ix_cmp_analysis_job_due (quarantined_at, priority, next_attempt_at),
    CONSTRAINT fk_cmp_analysis_job_complaint FOREIGN KEY (complaint_id) REFERENCES cmp_complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Re-analysis of all reports after an analyser upgrade: one row per run with its progress; its jobs are
-- queued in slices (keyset on complaint_id) so that the queue stays bounded and new reports go first.
CREATE TABLE cmp_reanalysis (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    target_version VARCHAR(60) NOT NULL,
    started_by     VARCHAR(64) NOT NULL,
    started_at     DATETIME(6) NOT NULL COMMENT 'UTC',
    total          BIGINT      NOT NULL COMMENT 'reports at another version when the run started',
    done           BIGINT      NOT NULL DEFAULT 0 COMMENT 'reports re-analysed by the run so far',
    queued_up_to   BIGINT      NOT NULL DEFAULT 0 COMMENT 'complaint id up to which jobs are queued',
    finished_at    DATETIME(6) NULL COMMENT 'UTC',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
