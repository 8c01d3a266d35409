-- Why a report's data was read, when the reader gave a reason (reads outside their own cases, exports); and the
-- receipt and period searches of the audit page.
ALTER TABLE cmp_access_log
    ADD COLUMN purpose VARCHAR(200) NULL AFTER what,
    ADD KEY ix_cmp_access_log_at (at);
