-- A report filed beyond the web form's rate for its client (a flood) carries a key that groups it with the
-- rest of that flood: one case for all of them. A hash of the client and the day, never the address itself.
ALTER TABLE cmp_complaint ADD COLUMN flood_key VARCHAR(24) NULL AFTER filed_by;
