-- The links of reports the analysis found to be phishing, for the monthly unique URLs and hosts and for takedown
-- requests: scheme, host and path only (a query or fragment may identify the recipient), one row per report
-- and link, replaced when the report is analysed again.
CREATE TABLE cmp_phishing_url (
    complaint_id BIGINT        NOT NULL,
    url_hash     CHAR(64)      NOT NULL COMMENT 'SHA-256 of url',
    url          VARCHAR(2000) NOT NULL,
    host         VARCHAR(253)  NOT NULL,
    received_at  DATETIME(6)   NOT NULL COMMENT 'UTC, when the report was received',
    PRIMARY KEY (complaint_id, url_hash),
    KEY ix_cmp_phishing_url_received (received_at, url_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
