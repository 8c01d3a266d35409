-- The statistics check: every daily rollup of reports compared with a recount of the stored reports, one day at
-- a time (hence the index on the day), and the differences that remained, named.

CREATE INDEX ix_rep_daily_day ON rep_daily (day);

CREATE TABLE rep_check (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    requested_at     DATETIME(6) NOT NULL COMMENT 'UTC',
    requested_by     VARCHAR(64) NOT NULL COMMENT 'an account, or the nightly schedule',
    started_at       DATETIME(6) NULL COMMENT 'UTC; started again when the instance running it stopped',
    finished_at      DATETIME(6) NULL COMMENT 'UTC',
    reports          BIGINT      NOT NULL DEFAULT 0 COMMENT 'reports recounted',
    days             BIGINT      NOT NULL DEFAULT 0 COMMENT 'days compared',
    rows_compared    BIGINT      NOT NULL DEFAULT 0 COMMENT 'rollup rows compared',
    difference_count BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first differences of a check (at most 500 kept): within a slice, the count of a dimension's value on a day.
CREATE TABLE rep_check_difference (
    check_id  BIGINT      NOT NULL,
    seq       INT         NOT NULL,
    slice     VARCHAR(40) NOT NULL,
    dimension VARCHAR(12) NOT NULL,
    day       DATE        NOT NULL COMMENT 'Japan time',
    value     VARCHAR(40) NOT NULL,
    expected  BIGINT      NOT NULL,
    found     BIGINT      NOT NULL,
    PRIMARY KEY (check_id, seq),
    CONSTRAINT fk_rep_check_difference FOREIGN KEY (check_id) REFERENCES rep_check (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
