-- The brand a report impersonates (the analyser's brand code), a dimension of the figures like the category.
ALTER TABLE rep_complaint ADD COLUMN brand VARCHAR(24) NULL AFTER campaign_key;
CREATE INDEX ix_rep_complaint_brand ON rep_complaint (brand, day, complaint_id);
