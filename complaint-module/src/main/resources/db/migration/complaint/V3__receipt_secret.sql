-- The secret that lets a citizen follow an anonymous report (hash only), and guessing protection.

ALTER TABLE cmp_complaint ADD COLUMN secret_hash VARCHAR(120) NULL AFTER receipt_number;

CREATE TABLE cmp_receipt_guard (
    receipt_number CHAR(14)    NOT NULL,
    failures       INT         NOT NULL,
    locked_until   DATETIME(6) NULL COMMENT 'UTC',
    PRIMARY KEY (receipt_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
