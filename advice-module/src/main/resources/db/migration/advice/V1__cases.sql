-- The advice module's tables. A case refers to its complaint by id only (no foreign key across modules).

CREATE TABLE adv_case (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id    BIGINT       NOT NULL,
    receipt_number  CHAR(14)     NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    prefecture_code CHAR(2)      NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    opened_at       DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uk_adv_case_complaint (complaint_id),
    KEY ix_adv_case_opened (opened_at, id),
    KEY ix_adv_case_receipt (receipt_number, id),
    KEY ix_adv_case_prefecture (prefecture_code, id),
    KEY ix_adv_case_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
