-- Retention: when the texts of a closed case's conversation (replies, notes, the citizen's messages) were
-- removed at the end of their period. The case keeps its history's kinds and times for the figures.
ALTER TABLE adv_case ADD COLUMN conversation_removed_at DATETIME(6) NULL COMMENT 'UTC' AFTER closed_at;
CREATE INDEX ix_adv_case_closed ON adv_case (closed_at);
