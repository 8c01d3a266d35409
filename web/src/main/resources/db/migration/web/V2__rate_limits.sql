-- Fixed-window request counters shared by every server instance (e.g. receipt look-ups per client address).

CREATE TABLE web_rate_window (
    bucket       VARCHAR(120) NOT NULL,
    window_start DATETIME(6)  NOT NULL COMMENT 'UTC',
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
