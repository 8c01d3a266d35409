-- Who read which report's evidence or original message, and when: the access audit that personal data in
-- reported messages (the citizen's own address, names in the text) calls for. Kept as long as the reports.

CREATE TABLE cmp_access_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)  NOT NULL COMMENT 'UTC',
    actor        VARCHAR(100) NOT NULL,
    complaint_id BIGINT       NOT NULL,
    what         VARCHAR(20)  NOT NULL COMMENT 'EVIDENCE or ORIGINAL',
    PRIMARY KEY (id),
    KEY ix_cmp_access_log_complaint (complaint_id, at),
    KEY ix_cmp_access_log_actor (actor, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
