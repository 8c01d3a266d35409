-- A citizen's answer that no advisor in charge has read yet: the case list marks it and the "answered" queue
-- lists those cases, oldest answer first. Cleared when the case's advisor (anyone, while nobody has taken the
-- case) opens it or replies.
ALTER TABLE adv_case
    ADD COLUMN answer_unread_since DATETIME(6) NULL COMMENT 'UTC; the first unread answer of the citizen';

CREATE INDEX ix_adv_case_answer_unread ON adv_case (answer_unread_since);

-- answers given before this version count as unread while the case still waits for the center
UPDATE adv_case c
SET answer_unread_since = (SELECT MIN(e.at) FROM adv_case_entry e
                           WHERE e.case_id = c.id AND e.kind = 'CITIZEN_MESSAGE'
                             AND NOT EXISTS (SELECT 1 FROM adv_case_entry r
                                             WHERE r.case_id = c.id AND r.kind = 'REPLY' AND r.at > e.at))
WHERE c.status <> 'CLOSED';
