-- Referrals: the directory of partners, the citizens' consent to pass their data on, the referrals and their
-- outcome, and the log of what went to foreign agencies.

-- Consumer centers (消費生活センター), imported from a CSV (docs/operations.md) and edited by administrators.
-- municipality is empty for a prefecture's own center. The national hotline 188 is no row: it is the fallback.
CREATE TABLE adv_consumer_center (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    prefecture_code CHAR(2)      NOT NULL COMMENT 'JIS X 0401',
    municipality    VARCHAR(100) NOT NULL DEFAULT '',
    name            VARCHAR(200) NOT NULL,
    phone           VARCHAR(40)  NOT NULL,
    hours           VARCHAR(200) NULL,
    web_url         VARCHAR(500) NULL,
    email           VARCHAR(254) NULL COMMENT 'where referrals are mailed; without it they are printed',
    updated_at      DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uq_adv_consumer_center (prefecture_code, municipality, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Carriers and ISPs: the domains they serve and where abuse (利用停止) requests go.
CREATE TABLE adv_carrier (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200)  NOT NULL,
    domains     VARCHAR(2000) NOT NULL COMMENT 'space separated, lower case',
    abuse_email VARCHAR(254)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uq_adv_carrier (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Enforcement agencies abroad and the format they take.
CREATE TABLE adv_foreign_agency (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    country_code  CHAR(2)      NOT NULL COMMENT 'ISO 3166-1 alpha-2',
    agency        VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    format        VARCHAR(10)  NOT NULL COMMENT 'XARF or ARF',
    web_url       VARCHAR(500) NULL,
    updated_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uq_adv_foreign_agency (country_code, agency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A citizen's consent to pass named personal data on: who gave it, when, for which data, how.
CREATE TABLE adv_consent (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    data_items   VARCHAR(200) NOT NULL COMMENT 'CONTACT_EMAIL ORIGINAL_MESSAGE CITIZEN_TEXT, space separated',
    how          VARCHAR(10)  NOT NULL COMMENT 'PHONE or WEB',
    given_by     VARCHAR(200) NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    given_at     DATETIME(6)  NOT NULL COMMENT 'UTC',
    withdrawn_at DATETIME(6)  NULL COMMENT 'UTC',
    withdrawn_by VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY ix_adv_consent_case (case_id),
    CONSTRAINT fk_adv_consent_case FOREIGN KEY (case_id) REFERENCES adv_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE adv_referral (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    case_id             BIGINT       NOT NULL,
    destination_kind    VARCHAR(20)  NOT NULL COMMENT 'CONSUMER_CENTER CARRIER FOREIGN_AGENCY POLICE',
    destination_id      BIGINT       NULL COMMENT 'its row in the directory, when it has one',
    destination_name    VARCHAR(200) NOT NULL,
    destination_contact VARCHAR(254) NULL COMMENT 'the address it is mailed to',
    reason              VARCHAR(30)  NOT NULL,
    summary             TEXT         NOT NULL,
    personal_data       VARCHAR(200) NOT NULL DEFAULT '' COMMENT 'items passed on, space separated',
    consent_id          BIGINT       NULL,
    channel             VARCHAR(10)  NOT NULL COMMENT 'MAIL or PRINT',
    state               VARCHAR(20)  NOT NULL,
    outcome             VARCHAR(30)  NULL,
    feedback            TEXT         NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          DATETIME(6)  NOT NULL COMMENT 'UTC',
    sent_at             DATETIME(6)  NULL COMMENT 'UTC',
    acknowledged_at     DATETIME(6)  NULL COMMENT 'UTC',
    resolved_at         DATETIME(6)  NULL COMMENT 'UTC',
    remind_at           DATETIME(6)  NULL COMMENT 'UTC; when a sent referral without answer is due a reminder',
    reminded_at         DATETIME(6)  NULL COMMENT 'UTC',
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_adv_referral_case (case_id),
    KEY ix_adv_referral_remind (state, remind_at),
    KEY ix_adv_referral_sent (sent_at),
    CONSTRAINT fk_adv_referral_case FOREIGN KEY (case_id) REFERENCES adv_case (id),
    CONSTRAINT fk_adv_referral_consent FOREIGN KEY (consent_id) REFERENCES adv_consent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What went to which foreign agency (or was exported for it), when, by whom.
CREATE TABLE adv_agency_dispatch (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)  NOT NULL COMMENT 'UTC',
    actor        VARCHAR(100) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    agency       VARCHAR(200) NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL COMMENT 'exclusive',
    format       VARCHAR(10)  NOT NULL,
    documents    INT          NOT NULL,
    skipped      INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_adv_agency_dispatch_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
