-- The Message-ID of a message that reached the report mailbox: the same message twice is one report.
ALTER TABLE cmp_raw_message ADD COLUMN message_id VARCHAR(250) NULL AFTER sha256;
CREATE INDEX ix_cmp_raw_message_message_id ON cmp_raw_message (message_id);
