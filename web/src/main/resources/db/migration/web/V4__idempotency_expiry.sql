-- Remembered answers expire (see IdempotencyExpiry): found by age.
CREATE INDEX ix_web_idempotency_created ON web_idempotency (created_at);
