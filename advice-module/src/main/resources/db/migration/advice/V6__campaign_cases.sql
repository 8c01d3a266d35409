-- Reports of one campaign that nobody can be answered for (partners' batches, forwards without an address)
-- join the campaign's open case instead of opening one each.
ALTER TABLE adv_case ADD COLUMN campaign_key CHAR(24) NULL AFTER category;
CREATE INDEX ix_adv_case_campaign ON adv_case (campaign_key, due_at);
