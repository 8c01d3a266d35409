-- The complaint module's tables. Contact data is apart from report content (personal data minimised).

CREATE TABLE cmp_complaint (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    receipt_number  CHAR(14)     NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    message_text    MEDIUMTEXT   NOT NULL,
    prefecture_code CHAR(2)      NOT NULL,
    received_at     DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uk_cmp_complaint_receipt (receipt_number),
    KEY ix_cmp_complaint_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmp_contact (
    complaint_id BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    PRIMARY KEY (complaint_id),
    CONSTRAINT fk_cmp_contact_complaint FOREIGN KEY (complaint_id) REFERENCES cmp_complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Events waiting for delivery (transactional outbox): written with the complaint, delivered after commit.
CREATE TABLE cmp_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_type      VARCHAR(100)  NOT NULL,
    payload         MEDIUMTEXT    NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'UTC',
    delivered_at    DATETIME(6)   NULL COMMENT 'UTC',
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_cmp_outbox_due (delivered_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
