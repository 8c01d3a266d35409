-- Reports from the mailbox and partners' apis come without the citizen's prefecture.
ALTER TABLE cmp_complaint MODIFY prefecture_code CHAR(2) NULL;
