-- The mobile network of the phone that received a reported SMS, as the citizen tells it (DOCOMO, AU, SOFTBANK,
-- RAKUTEN_MOBILE, OTHER): a smishing referral goes to that network.
ALTER TABLE cmp_complaint
    ADD COLUMN sms_carrier VARCHAR(16) NULL AFTER sms_received_at;
