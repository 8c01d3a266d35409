-- Advisors name a case by a receipt number of its reports (to merge a duplicate into it, say).
ALTER TABLE adv_case_report ADD KEY ix_adv_case_report_receipt (receipt_number);

-- A citizen's message belongs to the report it was written from: in a merged case each citizen reads the
-- center's replies and only their own messages, never another citizen's.
ALTER TABLE adv_case_entry ADD COLUMN complaint_id BIGINT NULL COMMENT 'report whose citizen wrote a CITIZEN_MESSAGE';
UPDATE adv_case_entry e JOIN adv_case c ON c.id = e.case_id
   SET e.complaint_id = c.complaint_id
 WHERE e.kind = 'CITIZEN_MESSAGE';
