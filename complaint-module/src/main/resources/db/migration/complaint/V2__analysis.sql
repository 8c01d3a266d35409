-- The analysis of each report: the fields advisors and statistics query, and the whole result as JSON,
-- with the analyser's version so that reports can be analysed again after an upgrade.

CREATE TABLE cmp_analysis (
    complaint_id          BIGINT       NOT NULL,
    analyser_version      VARCHAR(60)  NOT NULL,
    status                VARCHAR(12)  NOT NULL,
    message_sha256        CHAR(64)     NOT NULL,
    origin_ip             VARCHAR(45)  NULL,
    origin_country        CHAR(2)      NULL,
    sender_domain         VARCHAR(253) NULL,
    category              VARCHAR(20)  NOT NULL,
    campaign_key          CHAR(24)     NULL,
    lacks_sender_name     BOOLEAN      NOT NULL,
    lacks_opt_out_notice  BOOLEAN      NOT NULL,
    lacks_opt_out_address BOOLEAN      NOT NULL,
    lacks_postal_address  BOOLEAN      NOT NULL,
    lacks_contact         BOOLEAN      NOT NULL,
    sender_falsified      BOOLEAN      NOT NULL,
    result_json           MEDIUMTEXT   NOT NULL,
    analysed_at           DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (complaint_id),
    KEY ix_cmp_analysis_campaign (campaign_key),
    KEY ix_cmp_analysis_category (category),
    KEY ix_cmp_analysis_country (origin_country),
    KEY ix_cmp_analysis_sender (sender_domain),
    KEY ix_cmp_analysis_version (analyser_version),
    CONSTRAINT fk_cmp_analysis_complaint FOREIGN KEY (complaint_id) REFERENCES cmp_complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
