-- Rebuilds of the rollups from the complaint module's stored reports, with their progress.
CREATE TABLE rep_rebuild (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    started_by  VARCHAR(100) NOT NULL,
    finished_at DATETIME(6)  NULL COMMENT 'UTC',
    last_id     BIGINT       NOT NULL DEFAULT 0 COMMENT 'the last report counted',
    done        BIGINT       NOT NULL DEFAULT 0,
    total       BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
