-- What administrators did: accounts, roles, api keys, the directory, statistics rebuilds and checks,
-- re-analyses. Shown with the access log on the audit page.
CREATE TABLE web_admin_log (
    id     BIGINT       NOT NULL AUTO_INCREMENT,
    at     DATETIME(6)  NOT NULL COMMENT 'UTC',
    actor  VARCHAR(100) NOT NULL,
    action VARCHAR(40)  NOT NULL,
    target VARCHAR(200) NULL,
    PRIMARY KEY (id),
    KEY ix_web_admin_log_at (at),
    KEY ix_web_admin_log_actor (actor, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
