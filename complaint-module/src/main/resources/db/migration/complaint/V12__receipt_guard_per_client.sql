-- Guessing protection per asking client and typed receipt number, instead of per receipt number: a lockout
-- costs whoever guesses, never the citizen who holds the secret, and an unknown number locks exactly as an
-- existing one does (the answer tells nothing). The key is a hash: neither the client's address nor the number
-- is kept. Rows untouched for a day are forgotten (ReceiptGuardSweep).
DROP TABLE cmp_receipt_guard;

CREATE TABLE cmp_receipt_guard (
    guard_key    CHAR(64)    NOT NULL COMMENT 'hex SHA-256 of the client and the typed receipt number',
    failures     INT         NOT NULL,
    locked_until DATETIME(6) NULL COMMENT 'UTC',
    touched_at   DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (guard_key),
    KEY ix_cmp_receipt_guard_touched (touched_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
