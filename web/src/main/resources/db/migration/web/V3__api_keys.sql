-- Partners' api keys (only a hash is kept) and the answers to their idempotent requests.

CREATE TABLE web_api_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    partner     VARCHAR(100) NOT NULL,
    key_prefix  CHAR(10)     NOT NULL COMMENT 'shown to admins to tell keys apart',
    key_hash    CHAR(64)     NOT NULL COMMENT 'SHA-256 of the key',
    scopes      VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    revoked_at  DATETIME(6)  NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY uk_web_api_key_hash (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE web_idempotency (
    api_key_id      BIGINT       NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (api_key_id, idempotency_key),
    CONSTRAINT fk_web_idempotency_key FOREIGN KEY (api_key_id) REFERENCES web_api_key (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
