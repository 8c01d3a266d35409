-- What the citizen's phone showed of a reported SMS: its sender (a number with a leading + when international,
-- a short code, or a name in letters), the sender's kind as the statistics count it, and when it arrived.
ALTER TABLE cmp_complaint
    ADD COLUMN sms_sender      VARCHAR(32) NULL AFTER flood_key,
    ADD COLUMN sms_sender_kind VARCHAR(16) NULL AFTER sms_sender,
    ADD COLUMN sms_received_at DATETIME(6) NULL COMMENT 'UTC' AFTER sms_sender_kind;
