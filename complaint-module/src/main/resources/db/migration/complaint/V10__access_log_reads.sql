-- The reads the access log names, now that referrals and abuse reports read reports too.
ALTER TABLE cmp_access_log MODIFY what VARCHAR(20) NOT NULL
    COMMENT 'EVIDENCE, ORIGINAL, CONTACT (referral), XARF, ARF, EVIDENCE_PACKAGE (carrier notice)';
