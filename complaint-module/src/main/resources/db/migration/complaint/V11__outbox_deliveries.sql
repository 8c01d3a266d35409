-- One delivery per event and consumer: a consumer that fails holds back no other (the outbox was delivered to
-- every observer in one transaction). An event's row stays in cmp_outbox; its deliveries leave
-- cmp_outbox_delivery as each consumer has it. Events still undelivered move over to the consumers of the
-- day: the advice module's case opening (received reports) and the reporting module's statistics (both kinds).

CREATE TABLE cmp_outbox_delivery (
    consumer        VARCHAR(60)   NOT NULL,
    message_id      BIGINT        NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'UTC',
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (consumer, message_id),
    KEY ix_cmp_outbox_delivery_message (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cmp_outbox_delivery (consumer, message_id, next_attempt_at)
SELECT 'advice.cases', id, next_attempt_at FROM cmp_outbox
WHERE delivered_at IS NULL AND event_type = 'ComplaintReceived';

INSERT INTO cmp_outbox_delivery (consumer, message_id, next_attempt_at)
SELECT 'reporting.statistics', id, next_attempt_at FROM cmp_outbox WHERE delivered_at IS NULL;

ALTER TABLE cmp_outbox
    DROP INDEX ix_cmp_outbox_due,
    DROP COLUMN attempts,
    DROP COLUMN next_attempt_at,
    DROP COLUMN delivered_at,
    DROP COLUMN last_error,
    ADD KEY ix_cmp_outbox_occurred (occurred_at);
