-- Cases of reports that came without the citizen's prefecture.
ALTER TABLE adv_case MODIFY prefecture_code CHAR(2) NULL;
