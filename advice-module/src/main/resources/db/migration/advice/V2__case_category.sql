-- The complaint's category from its analysis, for the advisors' lists and queues.
ALTER TABLE adv_case ADD COLUMN category VARCHAR(20) NULL AFTER status;
CREATE INDEX ix_adv_case_category ON adv_case (category, id);
