-- The message exactly as the citizen uploaded or pasted it (evidence, kept unaltered), and the channel.

ALTER TABLE cmp_complaint ADD COLUMN channel VARCHAR(12) NOT NULL DEFAULT 'PC_MAIL' AFTER prefecture_code;

CREATE TABLE cmp_raw_message (
    complaint_id BIGINT   NOT NULL,
    sha256       CHAR(64) NOT NULL,
    size_bytes   INT      NOT NULL,
    content      LONGBLOB NOT NULL,
    PRIMARY KEY (complaint_id),
    KEY ix_cmp_raw_message_sha256 (sha256),
    CONSTRAINT fk_cmp_raw_message_complaint FOREIGN KEY (complaint_id) REFERENCES cmp_complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
