-- Retention: when a report's message, description and subject were removed (its period ran out). Such a report
-- keeps its analysis (category, origin, sender, links) for the figures and is never re-analysed.
ALTER TABLE cmp_complaint ADD COLUMN content_removed_at DATETIME(6) NULL COMMENT 'UTC' AFTER received_at;
